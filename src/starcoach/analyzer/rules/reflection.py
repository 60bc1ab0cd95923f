"""Rules on the reflection: is there one, is it this story's lesson, and does a senior see the system."""

from __future__ import annotations

import re

from starcoach.analyzer.context import Context
from starcoach.analyzer.lexicon import compile_lower, compile_words, phrases
from starcoach.analyzer.rules.base import Finding, quote, rule

_GENERIC = compile_words(
    *phrases(
        r"""
    communication (?:and \w+ )?(?:is|was|are|really is) (?:really |so |very |super |incredibly )?(?:important|key|everything|crucial|essential|vital)
    teamwork (?:really )?(?:matters|is (?:really )?(?:important|key|everything))
    (?:it'?s|is|was) (?:really |very |so )?important to (?:speak up|communicate|listen|be open|keep learning|ask|be transparent|support|put the customer|take ownership|stay|be proactive|priori[tz]i[sz]e|trust|plan)
    always put the customers? first | put the customers? first
    (?:honesty|transparency|collaboration|alignment|trust|ownership|empathy|patience|feedback|communication|teamwork|planning|testing|documentation)(?: and \w+)? (?:is|are|was|were|really is|really are) (?:really |very |so )?(?:important|key|everything|crucial|essential|vital|what matters)
    communicate (?:more|better|earlier) | (?:involve|include|loop in) (?:the )?stakeholders (?:more |even )?earlier
    (?:bring|get) (?:people|everyone|stakeholders) (?:along|on board) (?:even )?earlier | really listen
    keep learning | learned a lot | grew (?:a lot )?as an? (?:engineer|person|leader) | everyone is aligned
    (?:be|being|stay) open to feedback | work(?:ing)? (?:harder|smarter) | never give up
    stay(?:ing)? (?:positive|calm) | good communication | don'?t be afraid to
    the importance of (?:communication|teamwork|collaboration|planning|testing|documentation|listening)
    (?:to|should|would|I'd|must) plan (?:better|more|ahead) | (?:big|great) things happen | keep(?:ing)? everyone in the loop
    (?:make|makes|made|can make) a (?:big|huge|real) difference | be more proactive | ask for help (?:earlier|sooner)
    (?:support|supporting) the team | learn new things | (?:be|being) a team player
    (?:is|was|are) (?:really |all |mostly )?about (?:getting|bringing|patience|trust|communication|people|listening|relationships|empathy|being \w+)
        teamwork makes the dream work | pull(?:s|ing)? in the same direction | (?:a )?marathon,? not a sprint
    at the end of the day | (?:it'?s|is) (?:really )?all about (?:the )?(?:people|communication|trust|customers?|teamwork|relationships)
    (?:people|relationships|communication) (?:are|is) (?:what matters|everything|key)
"""
    )
)
# A lesson told as a universal truth ("it's important to", "you should") rather than as this story's.
_UNIVERSAL = compile_words(
    *phrases(
        r"""
    it'?s (?:really |very |so |always |also )?(?:important|key|good|worth|essential|crucial|vital|okay)
    (?:is|are|was|were) (?:really |very |so |super |incredibly |always )?(?:important|key|crucial|essential|vital|everything)
    how important | (?:really )?matters?
    you (?:really )?(?:should|shouldn't|have to|need to|must|can't always|always|just have to)
    sometimes (?:you|the best|it's) | the importance of | pays? off | a lot about
    everyone'?s (?:responsibility|job) | (?:is|are) (?:usually|always) (?:better|harder|worth) | requires?
    never (?:give up|stop) | don'?t (?:be afraid|jump|give up) | (?:forces?|makes?|teach(?:es)?) you (?:to )?\w+
    outside the box | (?:can|could) (?:actually )?be a good thing
        (?:to )?always (?:be|keep|stay|do|look|think|ask|check|dig|verify|test|communicate|put|trust|plan|listen)
    never (?:assume|stop|give up|settle) | people (?:won't|will|don't|never) (?:remember|forget|care) | stay hungry
    trust (?:your|the) (?:instincts|gut|process) | (?:is|are) everyone'?s job
    it is (?:really |very |so |always |also )?(?:important|key|good|worth|essential|crucial|vital)
    (?:never|don't|do not) be afraid | stay curious | keep growing | (?:that's )?how you (?:grow|learn|improve)
    it pays to | takes? (?:a long time|years) to build
"""
    )
)
MAXIM_WORDS = 22
_ASKS_LESSON = compile_lower(
    r"\b(?:learn|lesson|take\s*away|took\s+away|differently|again|reflect|change|teach|taught)"
)
_DIGITS = compile_lower(r"\d")
_CONTRAST = compile_lower(r"\b(?:not|rather than|instead of|than|why)\b[^.;,]*$")
# A habit the candidate now keeps because of this story.
_HABIT = compile_words(
    *phrases(
        r"""
    I now | now,? I (?!am\b|'m\b|was\b|know\b|have\b) | now,? (?:whenever|when|before|for any|in any|every|if|on any) | these days | from then on
    ever since | every (?:time|month|week|quarter|sprint) I | before (?:any|every) \w+
    I(?:'ve| have)? (?:started|stopped|begun|made it a rule) | my first question | \w+ I'm part of now
        concretely | the concrete (?:version|habit|change|rule) | specifically,? I | in practice,? I
"""
    )
)
_LESSON = compile_words(
    *phrases(
        r"""
    learned | lessons? | takeaways? | take away | took away | taught me | next time | differently | looking back | in hindsight
    I'd (?:have|do|try|communicate|involve|make|trust|be|ask|push|start|spend|plan|check) | I would (?:have|do|try)
    at the end of the day
    """
    )
)
_STOPWORDS = """
a about above after again all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each even ever every few for from further get got had has
have having he her here him his how i i'd i'm i've if in into is it it's its just like made make me more
most my no nor not now of off on once only or other our out over own really same she should so some such
than that the their them then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your thing things lesson lessons learned learn
learning take takeaway away keep kept stuck main biggest one way time next looking back actually something
much important matters really think thought always lot people everyone team teams work working better sure
specific specifically especially know meant mean means need needs first instead rather
"""
_STOP = frozenset(_STOPWORDS.split())
_TOKEN = re.compile(r"[a-z][a-z0-9'-]+|\d[\d.,%]*")
_SYSTEMIC = compile_words(
    *phrases(
        r"""
    process(?:es)? | org(?:anization(?:al)?)? | teams | cross-team | owner(?:s|ship)? | incentives? | SLOs?
    standards? | culture | reviews? | checklists? | templates? | reorgs? | roadmaps? | polic(?:y|ies) | hiring
    systemic(?:ally)? | structur(?:e|al) | root cause | default | every | across | nobody | no one | contracts?
    interfaces? | accountab(?:le|ility) | launch | planning | gaps? | mechanisms? | guardrails? | the system | whole
    company | leadership
    """
    )
)


def _stem(word: str) -> str:
    for suffix in ("ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _content(text: str) -> set[str]:
    return {_stem(w) for w in _TOKEN.findall(text.lower()) if w not in _STOP and len(w) > 2}


def specificity(ctx: Context) -> int:
    """Count the reflection's content words that come from the story itself."""
    cached = ctx._cache.get("specificity")
    if isinstance(cached, int):
        return cached
    lesson = _content(ctx.text_in("reflection") if not ctx.fragment else ctx.lower)
    story = " " + ctx.text_in("situation", "task", "action", "result")
    # A lesson word counts when the story has a word starting with the same stem.
    count = sum(f" {word}" in story for word in lesson) if story.strip() else len(lesson) // 3
    ctx._cache["specificity"] = count
    return count


@rule(
    "generic_reflection",
    "Generic lesson",
    "major",
    "End with the lesson only this story could teach, and what you now do differently because of it.",
    "What specifically would you do differently next time?",
)
def generic_reflection(ctx: Context) -> Finding | None:
    """Listens for a lesson that could close any story ('I learned communication is important', 'I would
    communicate more'): a stock phrase with little of the story's own substance around it."""
    steps = ("reflection",) if not ctx.fragment else ()
    lesson = ctx.sentences_in(*steps)
    asked_for_lesson = bool(_ASKS_LESSON.search((ctx.question or "").lower()))
    if not lesson or (ctx.fragment and not asked_for_lesson and not ctx.find(_LESSON)):
        return None
    stock = ctx.find(_GENERIC, *steps)
    # A maxim the candidate argues against ("not from explaining why X is important") is not their lesson.
    universal = [
        e for e in ctx.find(_UNIVERSAL, *steps) if not _CONTRAST.search(ctx.lower, max(0, e.start - 40), e.start)
    ]
    # A habit or a figure ties the lesson to the story; number words do not ("measure twice, cut once").
    grounded = bool(ctx.find(_HABIT, *steps) or ctx.find(_DIGITS, *steps))
    generic = bool(stock) and (not grounded or specificity(ctx) < 4)
    generic = generic or (bool(universal) and not grounded)
    # A one-line maxim with none of the story in it ("done is better than perfect", "every dollar counts").
    words = sum(len(ctx.text[s.start : s.end].split()) for s in lesson)
    generic = generic or (not ctx.fragment and not grounded and words <= MAXIM_WORDS and specificity(ctx) <= 1)
    if not generic:
        return None
    evidence = stock or universal or [ctx.whole(s) for s in lesson]
    return Finding(f"The lesson would fit any story: {quote(evidence, 2)}.", evidence)


@rule(
    "no_reflection",
    "No reflection",
    "minor",
    "Close with one specific lesson from this story and what you now do differently.",
    "Looking back, what would you do differently?",
    full_only=True,
)
def no_reflection(ctx: Context) -> Finding | None:
    """Listens for a closing lesson; a whole answer that ends at the result has none."""
    if ctx.has_step("reflection"):
        return None
    return Finding("The answer ends without a lesson.", [ctx.whole(ctx.sentences[-1])])


@rule(
    "no_systemic_reflection",
    "No systemic root cause",
    "minor",
    "As a senior, name the organizational or systemic cause behind the bug (ownership, process, a missing SLO).",
    "Why did the organization let this happen, and what did you change so it can't recur?",
    full_only=True,
)
def no_systemic_reflection(ctx: Context) -> Finding | None:
    """Listens, for senior candidates, for a lesson that names a systemic or organizational cause."""
    lesson = ctx.sentences_in("reflection")
    if ctx.level != "senior" or not lesson or ctx.find(_SYSTEMIC, "reflection"):
        return None
    return Finding(
        "A senior lesson should name the systemic cause, not only the technical one.",
        [ctx.whole(s) for s in lesson],
    )


RULES = (generic_reflection, no_reflection, no_systemic_reflection)

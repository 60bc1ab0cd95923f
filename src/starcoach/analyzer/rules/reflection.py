"""Rules on the reflection: is there one, is it this story's lesson, and does a senior see the system."""

from __future__ import annotations

import re

from starcoach.analyzer.context import Context
from starcoach.analyzer.lexicon import NUMBER, compile_words
from starcoach.analyzer.rules.base import Finding, quote, rule

_GENERIC = compile_words(
    r"communication (?:and \w+ )?(?:is|was|are|really is) (?:really |so |very |super |incredibly )?(?:important|key|"
    r"everything|crucial|essential|vital)",
    r"teamwork (?:really )?(?:matters|is (?:really )?(?:important|key|everything))",
    r"(?:it'?s|is|was) (?:really |very |so )?important to (?:speak up|communicate|listen|be open|keep learning|ask|"
    r"be transparent|support|put the customer|take ownership|stay|be proactive|priori[tz]i[sz]e|trust|plan)",
    r"always put the customers? first", r"put the customers? first",
    r"(?:honesty|transparency|collaboration|alignment|trust|ownership|empathy|patience|feedback|communication|"
    r"teamwork|planning|testing|documentation)(?: and \w+)? (?:is|are|was|were|really is|really are) (?:really |very "
    r"|so )?(?:important|key|everything|crucial|essential|vital|what matters)",
    r"communicate (?:more|better|earlier)", r"(?:involve|include|loop in) (?:the )?stakeholders (?:more |even )?earlier",
    r"(?:bring|get) (?:people|everyone|stakeholders) (?:along|on board) (?:even )?earlier", r"really listen",
    r"keep learning", r"learned a lot", r"grew (?:a lot )?as an? (?:engineer|person|leader)", r"everyone is aligned",
    r"(?:be|being|stay) open to feedback", r"work(?:ing)? (?:harder|smarter)", r"never give up",
    r"stay(?:ing)? (?:positive|calm)", r"good communication", r"don'?t be afraid to",
    r"the importance of (?:communication|teamwork|collaboration|planning|testing|documentation|listening)",
    r"plan (?:better|more|ahead)", r"(?:big|great) things happen", r"keep(?:ing)? everyone in the loop",
    r"(?:makes|made) a (?:big|huge) difference", r"be more proactive", r"ask for help (?:earlier|sooner)",
    r"(?:support|supporting) the team", r"learn new things", r"(?:be|being) a team player",
    r"(?:is|was|are) (?:really |all |mostly )?about (?:patience|trust|communication|people|listening|relationships|"
    r"empathy|being \w+)",
)
# A lesson told as a universal truth ("it's important to", "you should") rather than as this story's.
_UNIVERSAL = compile_words(
    r"it'?s (?:really |very |so |always |also )?(?:important|key|good|worth|essential|crucial|vital|okay)",
    r"(?:is|are|was|were) (?:really |very |so |super |incredibly |always )?(?:important|key|crucial|essential|vital|"
    r"everything)", r"how important", r"(?:really )?matters?", r"you (?:really )?(?:should|shouldn't|have to|need to|must|"
    r"can't always|always|just have to)", r"sometimes (?:you|the best|it's)", r"the importance of", r"pays? off",
    r"a lot about", r"everyone'?s (?:responsibility|job)", r"(?:is|are) (?:usually|always) (?:better|harder|worth)",
    r"requires?", r"never (?:give up|stop)", r"don'?t (?:be afraid|jump|give up)", r"(?:forces?|makes?|teach(?:es)?) you (?:to )?\w+",
    r"outside the box", r"(?:can|could) (?:actually )?be a good thing",
)
# A habit the candidate now keeps because of this story.
_HABIT = compile_words(
    r"I now", r"now,? I", r"now,? (?:whenever|when|before|for any|in any|every|if|on any)", r"these days",
    r"from then on", r"ever since", r"every (?:time|month|week|quarter|sprint) I", r"before (?:any|every) \w+",
    r"I(?:'ve| have)? (?:started|stopped|begun|made it a rule)", r"my first question", r"\w+ I'm part of now",
)
_LESSON = compile_words(
    r"learned", r"lessons?", r"takeaways?", r"taught me", r"next time", r"differently", r"looking back",
    r"in hindsight", r"I'd (?:have|do|try|communicate|involve|make)", r"I would (?:have|do|try)",
)
_STOP = frozenset(
    """a about above after again all also am an and any are as at be because been before being below between both
    but by can could did do does doing down during each even ever every few for from further get got had has have
    having he her here him his how i i'd i'm i've if in into is it it's its just like made make me more most my
    no nor not now of off on once only or other our out over own really same she should so some such than that
    the their them then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your thing things lesson lessons learned learn learning
    take takeaway away keep kept stuck main biggest one way time next looking back actually something much
    important matters really think thought always lot people everyone team teams work working better sure
    specific specifically especially know meant mean means need needs first instead rather""".split()
)
_TOKEN = re.compile(r"[a-z][a-z0-9'-]+|\d[\d.,%]*")
_SYSTEMIC = compile_words(
    r"process(?:es)?", r"org(?:anization(?:al)?)?", r"teams", r"cross-team", r"owner(?:s|ship)?", r"incentives?",
    r"SLOs?", r"standards?", r"culture", r"reviews?", r"checklists?", r"templates?", r"reorgs?", r"roadmaps?",
    r"polic(?:y|ies)", r"hiring", r"systemic(?:ally)?", r"structur(?:e|al)", r"root cause", r"default", r"every",
    r"across", r"nobody", r"no one", r"contracts?", r"interfaces?", r"accountab(?:le|ility)", r"launch",
    r"planning", r"gaps?", r"mechanisms?", r"guardrails?", r"the system", r"whole", r"company", r"leadership",
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
    if not lesson or (ctx.fragment and not ctx.find(_LESSON)):
        return None
    stock = ctx.find(_GENERIC, *steps)
    universal = ctx.find(_UNIVERSAL, *steps)
    grounded = bool(ctx.find(_HABIT, *steps) or ctx.find(NUMBER, *steps))
    generic = bool(stock) and (not grounded or specificity(ctx) < 4)
    generic = generic or (bool(universal) and not grounded)
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
    return Finding("A senior lesson should name the systemic cause, not only the technical one.",
                   [ctx.whole(s) for s in lesson])


RULES = (generic_reflection, no_reflection, no_systemic_reflection)

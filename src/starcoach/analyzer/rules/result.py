"""Rules on the result: is it measured, does it matter to the business, and does it last."""

from __future__ import annotations

from starcoach.analyzer.context import Context
from starcoach.analyzer.lexicon import NUMBER, compile_lower, compile_words, phrases
from starcoach.analyzer.rules.base import Finding, quote, rule

_VAGUE = compile_words(
    *phrases(
        r"""
    things (?:got|went|were|moved|felt|recovered)(?: (?:a lot|much|way|far|so) (?:better|faster|smoother|more \w+)| better| well| back to normal| smoother)?
    (?:team|teams|everyone|they|people|customers?|stakeholders|users|developers|finance|client|support|he|she|manager|leadership|partners?)\s+(?:was|were|seemed|felt)\s+(?:really |very |much |pretty |super |so |quite )?(?:happy|happier|pleased|satisfied|thrilled|glad|impressed|grateful)
    (?:it|everything|that|the launch|the migration|the project|the rollout) went (?:really |very |pretty |quite )?(?:well|smoothly|great|fine)
    worked out (?:okay|ok|well|fine|great)
    (?:much|a lot|way|far|significantly|noticeably|considerably|dramatically|massively|hugely|greatly|vastly|quite a bit|a little|somewhat) (?:more|less|better|worse|faster|slower|smoother|simpler|easier|cheaper|lighter|happier|improved|reduced|down|up|\w+er)\b
    (?:improved|helped) (?:things |our \w+(?: \w+)? |the \w+ )?a lot
    improved (?:our|the) (?:\w+ )?(?:posture|experience|quality|reliability|situation) | went way (?:down|up)
    (?:positive|great|good) feedback | well received | (?:went|came) down noticeably | noticeably
    (?:a lot of|lots of) thank-?you | really helped | (?:grew|has grown|had grown) a lot | (?:mostly )?went away
    looked better | (?:a )?(?:big|huge|massive|great|real) (?:win|success|relief|improvement|hit) | the right call | was a success
    (?:everyone|people|leadership|users|customers|the team|they|management) (?:really |just )?(?:loved|liked|appreciated) (?:it|the|how|that)
    made a (?:big |huge )?difference | (?:it|everything|things) (?:all )?worked out | things recovered
    (?:was|were) (?:really |pretty )?good (?:again|now)
    """
    )
)
_BUSINESS = compile_words(
    *phrases(
        r"""
    dollars? | bookings? | gmv | k ?(?:a|per) (?:week|month|year) | revenue | costs? | saved | savings? | spend
    bill | budget | customers? | users? | merchants? | clients? | sellers? | buyers? | shoppers? | members?
    orders? | conversion | churn | renew(?:ed|al)? | retention | support (?:tickets|contacts|cases) | tickets?
    contacts | complaints | engineer-?(?:hours|days|weeks) | hours? (?:a|per) (?:week|month) | SLA | SLO
    incidents? | outages? | pages? (?:a|per) (?:week|night|month) | audit | compliance | sales | sign-?ups?
    adoption | downtime | add-to-cart | NPS | deadlines? | launch(?:ed)? | on time | weeks? (?:early|ahead)
    ahead of | promoted | hires? | attrition | on-?call load
    """
    )
)
_LASTING = compile_words(
    *phrases(
        r"""
    adopted | standard | template | runbook | playbook | checklist | process | guide | reused | other teams?
    (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:other )?teams | since then | ever since
    has (?:run|stayed|held|caught|been) | now part of | by default | default | became | (?:an? |the )alert
    alerting | (?:CI|lint|pre-?merge|build) (?:check|rule|step|gate) | lint rule | test matrix | dashboard
    documentation | doc\b | onboarding | policy | pattern | going forward | every (?:new|future) | all new
    rolled out to | caught \w+ (?:more|new) | service catalog | guardrail | quota | monitor(?:ing)? | in the packet
    promoted
    """
    )
)
_UNVERIFIED = compile_words(
    *phrases(
        r"""
    (?:it|everything|things|that|the fix|the change|all)\s+(?:looked|seemed|appeared)\s+(?:to be\s+)?(?:fine|good|ok|okay|normal|right|to work|to be working|fixed)
    I assumed (?:it|that|the fix|the change|everything) | (?:should|must) have (?:fixed|worked|solved)
    I (?:think|guess|hope) (?:it|that|the fix) (?:fixed|worked|solved)
    I (?:didn't|did not|never) (?:really )?(?:test|check|verify|measure|confirm)
    (?:wasn't|was not|never) (?:really )?(?:tested|verified|measured|confirmed)
    (?:no one|nobody) (?:really )?(?:tested|verified|checked)
    (?:no one|nobody) (?:\w+ )?(?:complained|noticed|reported)
    so (?:we|I) knew (?:it|they|everything|the \w+) (?:was|were) (?:working|fine|correct|right)
    I (?:think|guess|hope) (?:it|that) (?:covered|handled|caught)
    """
    )
)
_CHECKED = compile_words(
    *phrases(
        r"""
    test(?:ed|s|ing)? | load[- ]test\w* | canary | verif\w+ | confirm\w* | compar\w+ | replay\w* | A/B
    benchmark\w* | measur\w+ | monitor\w* | watched | reproduc\w+ | diff(?:ed|ing)? | matched | checked | shadow
    dry[- ]run | audit\w* | validat\w+ | sampl\w+ | experiment
    """
    )
)
_CLAIMED_FIX = compile_words(
    r"(?:I|we) (?:\w+ )?(?:fixed|changed|rolled (?:it )?out|shipped|deployed|migrated|moved|switched|rewrote|built|patched|"
    r"blocked|removed|reclaimed|took (?:\w+ )?back|started running|turned off|disabled|replaced|optimized|cleaned up)",
)
_OUTCOME = compile_words(
    *phrases(
        r"""
    went (?:from|down|up|back) | from \S+(?: \S+){0,3} to | dropped | fell | rose | grew | cut | reduced | saved
    increased | decreased | improved | doubled | halved | (?:was|were|is) back | back to | down to | up to
    (?:rate|latency|time|cost|bill|count|errors?|p\d\d) (?:was|were|is|stayed) | renewed | ahead of | recovered
    shrank | climbed | stayed (?:under|below|above) | held
    """
    )
)
# Measures told in words: a count ("both dashboards") or a time ("the same afternoon").
_COUNTED_WORDS = compile_words(
    *phrases(
        r"""
    both | every one of | none of | (?:the )?same (?:day|afternoon|morning|evening|night|week) | within (?:a|an|the) (?:day|hour|week)
    overnight | by (?:the )?next (?:day|morning|week)
    """
    )
)
_RESULT_FIRST = compile_words(
    r"(?:the )?end result", r"the (?:result|outcome|bottom line) (?:was|is)", r"long story short"
)
_RANGE = compile_words(r"rang(?:ed|ing|es?) (?:\w+ )?from", r"anywhere from", r"between \S+ and")
_FROM_TO = compile_lower(r"\bfrom\s+\S+(?:\s+\S+){0,3}\s+to\s+\S+")


def _result_text(ctx: Context) -> str:
    """Return the lower-cased result (the whole reply for a fragment)."""
    sentences = ctx.sentences_in("result") if not ctx.fragment else ctx.sentences
    return " ".join(ctx.lower_of(s) for s in sentences)


def _quantified(text: str) -> bool:
    before_after = any(NUMBER.search(m.group()) for m in _FROM_TO.finditer(text))
    return bool(NUMBER.search(text) or before_after or _COUNTED_WORDS.search(text))


def _counted_sentence(ctx: Context, offset: int) -> bool:
    sentence = next(s for s in reversed(ctx.sentences) if s.start <= offset)
    return bool(NUMBER.search(ctx.lower_of(sentence)))


def measured_outcome(ctx: Context) -> bool:
    """Return whether a sentence after the actions begin states an outcome with a number in it (three rules
    ask; it is worked out once per answer)."""
    cached = ctx._cache.get("measured_outcome")
    if isinstance(cached, bool):
        return cached
    # A story told result-first ("the end result was ...") states its measure before the actions.
    later = [s for s in ctx.sentences[: ctx.first_action_index] if _RESULT_FIRST.search(ctx.lower_of(s))]
    later += ctx.sentences[ctx.first_action_index :]
    found = any(
        _OUTCOME.search(low) and NUMBER.search(low) and not _RANGE.search(low) for low in map(ctx.lower_of, later)
    )
    ctx._cache["measured_outcome"] = found
    return found


_ASKS_OUTCOME = compile_words(
    *phrases(
        r"""
    turn(?:ed)? out | outcome | results? | impact | measur\w* | hit the | how did (?:it|that) go | what happened
    difference | improve\w* | success\w* | did it work
    """
    )
)


def _speaks_of_outcome(ctx: Context) -> bool:
    """Return whether a reply to a follow-up is about how things turned out (else a result is not expected)."""
    question = (ctx.question or "").lower()
    return bool(_ASKS_OUTCOME.search(question) or _OUTCOME.search(ctx.lower) or ctx.find(_VAGUE))


@rule(
    "unquantified_result",
    "Result not measured",
    "major",
    "Give the result as a number: the metric before and after, how much money or time, how many users or teams.",
    "How did you measure the impact? What changed, in numbers?",
)
def unquantified_result(ctx: Context) -> Finding | None:
    """Listens for a concrete measure in the result: a number, percentage, money, time, count or before and
    after. Numbers only in the situation or the action do not count; 'massively improved' is not a measure;
    a missing result counts as unmeasured."""
    text = _result_text(ctx)
    if (text and _quantified(text)) or measured_outcome(ctx):
        return None
    if ctx.fragment and not _speaks_of_outcome(ctx):
        return None
    where = ctx.sentences_in("result") or ctx.sentences[-1:]
    if not text:
        return Finding("The answer never says how it turned out, so there is no result to measure.", [])
    vague = ctx.find(_VAGUE, *(("result",) if not ctx.fragment else ()))
    evidence = vague or [ctx.whole(s) for s in where[:2]]
    return Finding(f"The result has no number: {quote(evidence, 2)}. Impact needs a measure.", evidence)


@rule(
    "vague_result",
    "Vague result",
    "minor",
    "Replace the feeling ('the team was happy') with what changed: the metric, the money, the users affected.",
)
def vague_result(ctx: Context) -> Finding | None:
    """Listens for results told as feelings or activity ('things got better', 'the team was happy') in a
    sentence that gives no number to back them."""
    steps = ("action", "result") if not ctx.fragment else ()
    found = [e for e in ctx.find(_VAGUE, *steps) if not _counted_sentence(ctx, e.start)]
    if not found:
        return None
    return Finding(f"Parts of the result are feelings, not outcomes: {quote(found)}.", found)


@rule(
    "no_business_impact",
    "No business translation",
    "minor",
    "Translate the metric into what it meant for the business: money, customers, hours saved, risk removed.",
    "What did that mean for customers or the business?",
    full_only=True,
)
def no_business_impact(ctx: Context) -> Finding | None:
    """Listens for a business translation in the result: revenue, cost, customers, tickets, time saved, told
    with a number or an outcome (customers named without a measure do not count)."""
    text = _result_text(ctx)
    if (
        not text
        or "$" in text
        or any(
            _BUSINESS.search(low) and (NUMBER.search(low) or _OUTCOME.search(low))
            for low in map(ctx.lower_of, ctx.sentences_in("result"))
        )
    ):
        return None
    return Finding(
        "The result stays technical; it never says what it meant for customers or the business.",
        [ctx.whole(ctx.sentences_in("result")[0])],
    )


@rule(
    "no_second_order",
    "No lasting effect",
    "minor",
    "Add the effect beyond the fix: the alert, check or runbook that prevents a repeat, or who adopted it.",
    "What did you put in place so it wouldn't happen again?",
    full_only=True,
)
def no_second_order(ctx: Context) -> Finding | None:
    """Listens for an effect beyond the fix: adopted as a standard, a check or alert added, a process changed."""
    if not ctx.has_step("result") or ctx.find(_LASTING, "action", "result", "reflection"):
        return None
    return Finding(
        "Nothing shows an effect beyond this one fix (a standard, an alert, a process, reuse).",
        [ctx.whole(ctx.sentences_in("result")[-1])],
    )


@rule(
    "no_verification",
    "Fix not verified",
    "disqualifier",
    "Say how you confirmed it worked: the test, the canary, the metric you watched and for how long.",
    "How did you confirm the fix worked?",
)
def no_verification(ctx: Context) -> Finding | None:
    """Listens for a fix claimed without verification: 'it looked fine', 'I assumed it worked', 'nobody
    complained'; or a change shipped with no test, comparison or measure anywhere in the story."""
    found = ctx.find(_UNVERIFIED, "action", "result")
    if found:
        return Finding(f"The fix is claimed, not verified: {quote(found)}.", found)
    claims = ctx.find(_CLAIMED_FIX, "action", "result")
    if ctx.fragment or not claims or measured_outcome(ctx) or ctx.find(_CHECKED, "action", "result"):
        return None
    return Finding(f"The change is shipped with nothing to show it worked: {quote(claims, 2)}.", claims)


RULES = (unquantified_result, vague_result, no_business_impact, no_second_order, no_verification)

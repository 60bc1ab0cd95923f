"""Rules on how the candidate tells the story: who acts, how sure they are, how they speak of others."""

from __future__ import annotations

from starcoach.analyzer.context import Context
from starcoach.analyzer.lexicon import I_ACTOR, WE_ACTOR, compile_lower, compile_words, phrases
from starcoach.analyzer.rules.base import Finding, quote, rule
from starcoach.content.models import Step

_COLLECTIVE = compile_lower(
    r"\b(?:we|the team|our (?:team|squad|group))\s+(?:\w+ly\s+|all\s+|together\s+)?(?:decided|agreed|chose|settled|aligned|"
    r"went with|opted)\b",
)
_HEDGE = compile_words(
    *phrases(
        r"""
    I think | I guess | I'm not (?:sure|certain) | I am not (?:sure|certain) | (?:wasn't|was not) (?:really )?sure
    not (?:really )?sure | I believe | probably | kind of | sort of | I don't (?:really )?remember | if I remember
    I suppose | I assume | more or less | something like that | or something | apparently
    maybe (?:some|it|the|a|they) | some kind of | I figured
    I thought (?:that )?(?:it|this|they) (?:would|might|was)
    """
    )
)
# One of these is enough: the candidate says outright that they do not know their own facts.
_HEDGE_STRONG = compile_words(
    *phrases(
        r"""
    (?:I'm|I am|I was|wasn't|was not) (?:not )?(?:really )?(?:sure|certain) (?:how|if|whether|what|why|it|that)
    (?:it )?seemed like | had a (?:bad |gut |strong )?feeling | my gut | apparently
    I felt (?:that |like )?(?:\w+ ){1,3}(?:could|would|should|might|was|were)
    I think (?:that|it|this) (?:covered|fixed|solved|handled|helped|worked)
    I (?:don't|do not) (?:really )?know (?:if|whether|how)
    """
    )
)
_HEDGED_FACT = compile_lower(
    r"\bI (?:think|guess|believe|assume|figured)\b (?:that )?(?:the |it |this |they )?(?:(?:main |root |real )?"
    r"(?:problem|issue|cause|bug|reason)|it|they) (?:was|were|came|had|helped|covered|worked|fixed|came around)"
    r"|\bprobably (?:causing|caused|in (?:the|their|our)|online|because|the (?:problem|cause|issue))"
)
_OTHERS = (
    r"(?:they|he|she|qa|management|leadership|the\s+vendor|(?:the|their|our)\s+(?:other\s+|previous\s+|old\s+|original\s+|"
    r"junior\s+|senior\s+)?(?:[\w-]+\s+)?(?:team|teams|engineers?|owners?|developers?|devs|people|authors?|pm|manager)"
    r"(?:\s+who\s+\w+(?:\s+\w+)?)?)"
)
_BLAME = compile_words(
    *phrases(
        r"""
    (?:didn't|did not|never|wouldn't) pull (?:their|his|her) weight | (?:their|his|her|qa's) fault
    (?:wasn't|was not|not|isn't) (?:entirely |all |just |only |really )?(?:my|our) fault
    (?:wasn't|was not|not) (?:entirely |all |just |only )?on (?:us|me|our side)
    I don't know what (?:his|her|their) problem was | incompetent
    (?:was|were|is|are|being) (?:just |so |really )?(?:lazy|useless|clueless|sloppy|careless)
    (?:he|she|they) (?:just )?(?:didn't|did not|couldn't|could not) (?:care|be bothered) | blamed? (?:them|him|her)
    dropped the ball | threw (?:me|us) under the bus | (?:their|his|her) (?:incompetence|laziness)
    (?<!i )(?:didn't|did not) really understand how
    put us in a (?:tough|difficult|bad|hard|awkward) (?:spot|position)
    (?:was|were) (?:mostly|partly|largely|really|all) on (?:them|the|their|qa) | on both sides
    not built with \w+ in mind
    the (?:old |legacy |existing )?code (?:was|is) (?:a )?(?:mess|garbage|terrible|awful)
    (?:was|were) slow to (?:respond|deliver|react|reply) | (?:qa|they) had signed off
    """
    )
)
# A judgment on what others did or failed to do; it is blame when others are its subject (checked just before it).
_FAULTED = compile_words(
    *phrases(
        r"""
    should(?:n't)? have
    (?:didn't|did not|hadn't|had not|never|weren't|were not|wasn't) (?:really understand|(?:really |even |bother to )?(?:care|follow|following|test|tested|document|documented|read|respond|include|included|used to|careful|built|cleaned|fixed|bothered|updated))
    promised | slow to | late (?:on|with) | unresponsive | a mess | badly
    """
    )
)
_BY_OTHERS = compile_lower(r"\b" + _OTHERS + r"(?:\s+[\w'-]+){0,6}\s+$")
_NO_EXAMPLE = compile_words(
    *phrases(
        r"""
    (?:can't|cannot|can not) (?:really )?think of (?:a|one|an|any) | I've never (?:really )?(?:had|been)
    I have never (?:really )?(?:had|been) | I don't (?:really )?have (?:a|an|one|any) (?:good )?example
    (?:haven't|have not) (?:really )?(?:had|faced|been in) (?:a|that|one|any|such)
    (?:nothing|no example) comes to mind | hypothetically | in general,? I (?:would|usually|always|tend)
    I would (?:usually|typically|generally|probably) (?:just )? | I usually try to
    """
    )
)


def _times(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


@rule(
    "we_language",
    "'We' hides your part",
    "disqualifier",
    "Retell each action with 'I' as the actor and a concrete verb; name what teammates did separately.",
    "What exactly did you do yourself, as opposed to the team?",
)
def we_language(ctx: Context) -> Finding | None:
    """Listens for the deciding actions told with 'we', 'the team' or 'our team' as the actor.

    Scene-setting ('we had an outage') and collaboration told with 'I' ('I paired with Ana') do not count;
    a collective decision ('we collectively decided the rollout') counts even among 'I' sentences.
    """
    acting: tuple[Step, ...] = ("task", "action")
    we = ctx.find(WE_ACTOR, *acting)
    mine = ctx.find(I_ACTOR, *acting)
    collective = ctx.find(_COLLECTIVE, *acting, "result")
    # One 'we' among a handful of 'I' deeds is a blurred step; one among many is a teammate's credit.
    hit = bool(collective) or (bool(we) and len(we) * 3 >= len(mine))
    if not hit:
        return None
    return Finding(
        f"The actions are told with 'we' {_times(len(we))} and with 'I' {_times(len(mine))}: {quote(we)}. "
        "The interviewer cannot tell what you did.",
        we,
    )


@rule(
    "hedging",
    "Unsure of your own facts",
    "minor",
    "State what you found as fact, with the evidence that showed it; drop 'I think' and 'probably'.",
    "How did you know that was the cause?",
)
def hedging(ctx: Context) -> Finding | None:
    """Listens for hedges on the candidate's own facts: 'I think the problem was', 'probably', 'kind of'."""
    body: tuple[Step, ...] = ("situation", "task", "action", "result")
    hedges = ctx.find(_HEDGE, *body)
    firm = ctx.find(_HEDGED_FACT, *body) + ctx.find(_HEDGE_STRONG, *body)
    if len(hedges) < 2 and not firm:
        return None
    shown = firm or hedges
    return Finding(f"You sound unsure of your own story: {quote(shown)}.", shown)


@rule(
    "blame",
    "Blames others",
    "major",
    "Describe what others did neutrally and focus on what you did about it; own your part.",
    "What could you have done differently in that situation?",
)
def blame(ctx: Context) -> Finding | None:
    """Listens for blame placed on others: 'didn't pull their weight', 'not my fault', 'the previous team had
    configured the alarms badly', 'QA hadn't included it in their test plan'."""
    found = ctx.find(_BLAME) + [
        e for e in ctx.find(_FAULTED) if _BY_OTHERS.search(ctx.lower, max(0, e.start - 60), e.start)
    ]
    found.sort(key=lambda e: e.start)
    if not found:
        return None
    return Finding(f"The answer puts the blame on others: {quote(found)}. That reads as low trust.", found)


@rule(
    "no_example",
    "No real example",
    "disqualifier",
    "Pick one specific time it happened and tell it in STAR order; a smaller true story beats none.",
    "Can you think of one specific time, even a small one?",
)
def no_example(ctx: Context) -> Finding | None:
    """Listens for a dodge instead of a story: 'I can't think of one', 'I've never really had a conflict'."""
    if len(ctx.find(I_ACTOR, "task", "action")) >= 4:  # a story told in deeds is an example, whatever it says
        return None
    found = ctx.find(_NO_EXAMPLE)
    if not found:
        return None
    return Finding(f"The answer avoids giving a real example: {quote(found)}.", found)


RULES = (we_language, hedging, blame, no_example)

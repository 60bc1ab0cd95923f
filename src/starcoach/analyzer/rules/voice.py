"""Rules on how the candidate tells the story: who acts, how sure they are, how they speak of others."""

from __future__ import annotations

from starcoach.analyzer.context import Context
from starcoach.analyzer.lexicon import I_ACTOR, WE_ACTOR, compile_lower, compile_words
from starcoach.analyzer.rules.base import Finding, quote, rule

_COLLECTIVE = compile_lower(
    r"\b(?:we|the team|our team)\s+(?:\w+ly\s+|all\s+|together\s+)?(?:decided|agreed|chose|settled|aligned|"
    r"went with|opted)\b",
)
_HEDGE = compile_words(
    r"I think", r"I guess", r"I'm not (?:sure|certain)", r"I am not (?:sure|certain)", r"(?:wasn't|was not) (?:really )?sure",
    r"not (?:really )?sure", r"I believe", r"probably", r"kind of", r"sort of", r"I don't (?:really )?remember",
    r"if I remember", r"I suppose", r"I assume", r"more or less", r"something like that", r"or something", r"apparently",
    r"maybe (?:some|it|the|a|they)", r"some kind of", r"I figured", r"I thought (?:that )?(?:it|this|they) (?:would|might|was)",
)
# One of these is enough: the candidate says outright that they do not know their own facts.
_HEDGE_STRONG = compile_words(
    r"(?:I'm|I am|I was|wasn't|was not) (?:not )?(?:really )?(?:sure|certain) (?:how|if|whether|what|why|it|that)",
    r"(?:it )?seemed like", r"had a (?:bad |gut |strong )?feeling", r"my gut", r"apparently",
    r"I felt (?:that |like )?(?:\w+ ){1,3}(?:could|would|should|might|was|were)",
    r"I think (?:that|it|this) (?:covered|fixed|solved|handled|helped|worked)", r"I (?:don't|do not) (?:really )?know (?:if|whether|how)",
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
    r"(?:didn't|did not|never|wouldn't) pull (?:their|his|her) weight", r"(?:their|his|her|qa's) fault",
    r"(?:wasn't|was not|not|isn't) (?:entirely |all |just |only |really )?(?:my|our) fault",
    r"(?:wasn't|was not|not) (?:entirely |all |just |only )?on (?:us|me|our side)", r"I don't know what (?:his|her|their) "
    r"problem was", r"incompetent", r"(?:was|were|is|are|being) (?:just |so |really )?(?:lazy|useless|clueless|sloppy|careless)",
    r"(?:he|she|they) (?:just )?(?:didn't|did not|couldn't|could not) (?:care|be bothered)",
    r"blamed? (?:them|him|her)", r"dropped the ball", r"threw (?:me|us) under the bus", r"(?:their|his|her) (?:incompetence|laziness)",
    _OTHERS + r" (?:really |also |just )?(?:should|shouldn't) have", _OTHERS + r" (?:really |also |just )?(?:didn't|did not|"
    r"hadn't|had not|never|weren't|were not|wasn't) (?:really understand|(?:really |even |bother to )?(?:care|follow|following|"
    r"test|tested|document|documented|read|respond|include|included|used to|careful|built))",
    _OTHERS + r" (?:had |were |was )?(?:promised|slow to|late (?:on|with)|unresponsive|a mess)",
    _OTHERS + r" (?:had |have )?\w+ (?:[\w-]+ ){0,3}badly", _OTHERS + r" (?:\w+ )?never (?:cleaned|fixed|bothered|updated)",
    r"(?<!i )(?:didn't|did not) really understand how", r"put us in a (?:tough|difficult|"
    r"bad|hard|awkward) (?:spot|position)", r"(?:was|were) (?:mostly|partly|largely|really|all) on (?:them|the|their|qa)",
    r"on both sides", r"not built with \w+ in mind", r"the (?:old |legacy |existing )?code (?:was|is) (?:a )?(?:mess|garbage|terrible|awful)",
    r"(?:was|were) slow to (?:respond|deliver|react|reply)", r"(?:qa|they) had signed off",
)
_NO_EXAMPLE = compile_words(
    r"(?:can't|cannot|can not) (?:really )?think of (?:a|one|an|any)", r"I've never (?:really )?(?:had|been)",
    r"I have never (?:really )?(?:had|been)", r"I don't (?:really )?have (?:a|an|one|any) (?:good )?example",
    r"(?:haven't|have not) (?:really )?(?:had|faced|been in) (?:a|that|one|any|such)",
    r"(?:nothing|no example) comes to mind", r"hypothetically", r"in general,? I (?:would|usually|always|tend)",
    r"I would (?:usually|typically|generally|probably) (?:just )?", r"I usually try to",
)


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
    acting = ("task", "action")
    we = ctx.find(WE_ACTOR, *acting)
    mine = ctx.find(I_ACTOR, *acting)
    collective = ctx.find(_COLLECTIVE, *acting, "result")
    # One 'we' among a handful of 'I' deeds is a blurred step; one among many is a teammate's credit.
    hit = bool(collective) or (bool(we) and len(we) * 3 >= len(mine))
    if not hit:
        return None
    return Finding(
        f"The actions are told as 'we' {len(we)} time(s) against 'I' {len(mine)} time(s): {quote(we)}. "
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
    body = ("situation", "task", "action", "result")
    hedges = ctx.find(_HEDGE, *body) if not ctx.fragment else ctx.find(_HEDGE)
    firm = ctx.find(_HEDGED_FACT) + ctx.find(_HEDGE_STRONG, *body) if not ctx.fragment else ctx.find(_HEDGED_FACT) + ctx.find(_HEDGE_STRONG)
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
    """Listens for blame placed on others: 'didn't pull their weight', 'not my fault', 'incompetent'."""
    found = ctx.find(_BLAME)
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
    found = ctx.find(_NO_EXAMPLE)
    if not found or len(ctx.find(I_ACTOR)) >= 4:
        return None
    return Finding(f"The answer avoids giving a real example: {quote(found)}.", found)


RULES = (we_language, hedging, blame, no_example)

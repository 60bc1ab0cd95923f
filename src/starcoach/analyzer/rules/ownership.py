"""Rules on whose problem it was: who started the work, who finished it, and why it was the candidate's."""

from __future__ import annotations

from starcoach.analyzer.context import Context
from starcoach.analyzer.lexicon import compile_lower
from starcoach.analyzer.report import Evidence
from starcoach.analyzer.rules.base import Finding, quote, rule
from starcoach.content.models import Step

_ASSIGNER = (
    r"(?:(?:my|our|the)\s+(?:\w+\s+)?(?:manager|boss|lead|director|skip(?:-level)?|VP|PM|EM|product manager|"
    r"engineering manager|product owner|supervisor|CTO|architect|mentor|principal(?: engineer)?|head of \w+)|"
    r"leadership|management|someone|a (?:colleague|teammate|senior engineer))"
)
_ASSIGNED = compile_lower(
    r"\b(?:"
    + _ASSIGNER
    + r"\s+(?:\w+\s+)?(?:asked(?!\s+(?:me|us)\s+(?:about|what|why|how|if|whether)\b)|assigned|gave|given|"
    r"handed|tasked|suggested|put|pulled|volunteered|nominated|picked|wanted|needed|got)\s+(?:that\s+)?(?:me|I|us|"
    r"(?:our|my)\s+(?:[\w-]+\s+)?team)\b"
    r"(?!\s+(?:that|how|why|what|whether|if)\b)"
    r"|" + _ASSIGNER + r"\s+(?:\w+\s+)?(?:suggested|asked|wanted|proposed)\s+(?:that\s+)?[^.;]{0,60}?\b(?:I|we)\s+"
    r"(?:could|should|take|look|pick|own|lead|try|help|just|might)\b"
    r"|" + _ASSIGNER + r"\s+(?:\w+\s+)?told\s+(?:me|us)\s+to\b"
    r"|I\s+(?:\w+\s+){0,2}?(?:was|got|had\s+been)\s+(?:\w+\s+)?(?:asked|assigned|tasked|given|told|handed|put\s+(?:on|in\s+charge)|"
    r"pulled (?:in|into|onto)|volunteered|voluntold|picked|chosen|nominated|drafted|looped\s+in\s+to)\b"
    r"|(?:landed|dropped|ended\s+up)\s+on\s+my\s+plate|(?:dropped|landed|put)\s+(?:[\w-]+\s+){0,4}?(?:in|into)\s+my\s+lap"
    r"|(?:routed|sent|passed|forwarded|escalated|handed)\s+(?:over\s+)?to\s+me\s+(?:by|from)\b"
    r"|I\s+(?:\w+\s+)?(?:got|was)\s+tapped\b"
    r"|(?:roadmap|plan|okrs?|goals?|priorities)\s+(?:that\s+)?"
    + _ASSIGNER
    + r"\s+(?:had\s+)?(?:set|planned|gave|wrote|defined|picked)\b"
    r"|" + _ASSIGNER + r"\s+(?:\w+\s+)?(?:looped|roped|brought|pulled)\s+me\s+in\b"
    r"|" + _ASSIGNER + r"\s+(?:\w+\s+)?set\s+(?:it|this|that|me)\s+up\b"
    r"|(?:looped|brought|pulled|roped)\s+in\s+by\b|(?:given|handed|assigned|asked|tasked)\s+(?:\w+\s+){0,3}?by\s+"
    + _ASSIGNER
    + r"|"
    + _ASSIGNER
    + r"\s+(?:\w+\s+)?(?:thought|felt|figured|decided)\b[^.;]{0,60}?\bfor\s+me\s+to\b"
    r"|"
    + _ASSIGNER
    + r"\s+(?:\w+\s+)?(?:wanted|needed)\s+(?:someone(?:\s+\w+)?|an?\s+(?:\w+\s+)?(?:engineer|person|owner|lead))\s+to\s+"
    r"(?:\w+\s+)?(?:make|own|take|pick|look|lead|"
    r"handle|tighten|fix|drive|run|dig|clean|sort|get|learn|work)"
    r"|(?:got|was|were)\s+(?:\w+\s+)?handed\s+(?:to\s+)?(?:me|us)\b"
    r"|" + _ASSIGNER + r"[^.;:]{0,80}?\b(?:and|,)\s+(?:\w+\s+)?(?:asked|wanted|needed|told)\s+me\s+to\b"
    r"|(?:since|because|as)\s+I\s+was\s+(?:between\s+(?:tickets|projects|tasks)|free|idle|on\s+the\s+bench)"
    r"|(?:was|got)\s+(?:assigned|given|handed)\s+to\s+me\b|assigned\s+(?:it\s+|this\s+)?to\s+me\b"
    r"|"
    + _ASSIGNER
    + r"[^.;]{0,120}?\b(?:she|he|they)\s+(?:\w+\s+)?(?:asked|assigned|told|wanted|suggested|handed|gave|put)\s+"
    r"(?:me|I|us|(?:my|our)\s+team)\b"
    r"|" + _ASSIGNER + r"\s+(?:\w+\s+)?(?:put|placed|dropped|added|moved|assigned)\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ticket|task|story|item|bug|epic|work)\s+(?:on|onto|in|into|to)\s+my\s+(?:board|plate|queue|sprint|backlog|list)"
    r"|" + _ASSIGNER + r"[^.;]{0,60}?\b(?:pointed|steered|nudged|directed|sent)\s+me\s+(?:at|to|toward|towards)\b"
    r"|" + _ASSIGNER + r"\s+(?:\w+\s+)?(?:suggested|proposed)\s+(?:it|this|the\s+idea)\b"
    r"|(?:because|since)\s+" + _ASSIGNER + r"\s+(?:\w+\s+)?(?:wanted|asked|needed|told|expected|required)\b"
    r"|(?:since|because|as)\s+I\s+had\s+(?:some\s+|the\s+|extra\s+|spare\s+)?(?:bandwidth|capacity|time)"
    r"|I\s+had\s+(?:some\s+)?(?:spare\s+)?bandwidth)",
)
# Every alternative of _ASSIGNED contains one of these words.
_ASSIGNING_WORD = compile_lower(
    r"asked|assign|gave|given|hand|task|suggest|put|pull|volunt|nominat|pick|chose|want|need|got|told|idea|"
    r"propos|expect|requir|bandwidth|capacity|time|drafted|looped|plate|between|free|idle|bench|in by|thought|"
    r"felt|figured|decided|roped|brought|placed|dropped|added|moved|pointed|steered|nudged|directed|sent|tapped|"
    r"routed|forward|escalat|lap|roadmap|plan|okr|goal|priorit|set"
)
_NEGATION = compile_lower(r"\b(?:nobody|no one|not|never|without|n't|no)\b[^,;.]*$")

_ROUTE = compile_lower(
    r"(?:\b(?:I|we|and|then|so)\s+(?:\w+\s+)?|,\s+)(?:escalat(?:ed|e|es)|flag(?:ged|s)?|report(?:ed|s)?|mentioned|forward(?:ed|s)?|"
    r"notif(?:ied|y|ies)|ping(?:ed|s)?|tag(?:ged|s)?|tagging|pag(?:ed|e|es)\s+(?:the|their)|emailed|e-mailed|"
    r"post(?:ed|s)?\s+(?:it\s+|this\s+|them\s+|the\s+\w+\s+)?in\s+(?:the|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+channel|"
    r"sen[dt]s?\s+(?:\w+\s+){0,3}?(?:details|findings|report|repro|write-?up)\s+(?:over\s+)?to|"
    r"open(?:ed|s)?\s+a\s+sev|hand(?:ed|s)?\s+(?:the\s+\w+\s+)?over\s+to|"
    r"looped\s+(?:\w+\s+){0,3}?in\b|punted|kicked\s+(?:it|this|them)\s+(?:over|across)|"
    r"put\s+(?:it|this|them)\s+in(?:to)?\s+(?:the|their)\s+(?:[\w'-]+\s+){0,3}?(?:queue|backlog|board|intake)|brought\s+(?:it|this|that)\s+up|handed\s+(?:it\s+|this\s+)?(?:off|over)|"
    r"passed\s+(?:it|this)\s+(?:on|along|over)|raised\s+(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+(?:with|in|to)|"
    r"(?:filed|opened|raised|created|cut|logged|submitted)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:ticket|bug|issue|jira|sev|case)|"
    r"filed\s+(?:it|this|them|the\s+\w+)\s+with|"
    r"sent\s+(?:\w+\s+)?(?:a|an)\s+(?:\w+\s+)?(?:message|email|note|ticket|dm)|sent\s+(?:it|them|this)\s+to|"
    r"wrote\s+(?:\S+\s+){0,5}in\s+a\s+ticket|let\s+(?:[\w-]+\s+){1,8}?know\b|sent\s+(?:it|this|them)\s+over|"
    r"asked\s+(?:them|the\s+[\w-]+(?:\s+[\w-]+)?\s+team|their\s+\w+)\s+to\s+(?:fix|look|handle|investigate|take))"
)
_OTHERS_FIX = compile_lower(
    r"\b(?:they|she|he|the\s+vendor|their\s+(?:team|on-?call|engineers?|lead|manager)|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:team|on-?call)|someone|"
    r"somebody|the\s+owners?|leadership)\s+(?:\w+\s+){0,2}?(?:fixed|handled|patched|resolved|rolled\s+(?:it\s+)?(?:back|out)|"
    r"shipped\s+a\s+fix|took\s+it\s+from\s+there|took\s+over|took\s+care\s+of\s+(?:it|the\s+rest|everything)|"
    r"sorted\s+it(?:\s+out)?|rolled\s+(?:the\s+[\w-]+\s+)?back|dealt\s+with\s+it|ran\s+with\s+it|got\s+to\s+it|looked\s+into\s+it|dug\s+into\s+it|"
    r"picked\s+it\s+up|pushed\s+a\s+(?:hot)?fix|halted|deployed\s+a\s+fix|added\s+it\s+to|(?:got\s+it\s+)?prioritized|"
    r"handed\s+it|asked\s+\w+\s+to|updated\s+the|found\s+(?:a|the|some)\s+\w+|took\s+it\s+on|"
    r"(?:fixes|handles|patches|resolves|kills|rolls\s+back)\b|(?:kill(?:s|ed)|add(?:s|ed))\s+(?:the\s+query|an?\s+(?:\w+\s+)?"
    r"(?:index|allowlist|fix|patch|rule))|(?:replied|responded|joined|jumps?\s+in|jumped\s+in|answer(?:s|ed)?|implemented|"
    r"disabled|enabled|rebuilt|worked\s+on\s+it|added\s+the|changed\s+the|updated\s+their|"
    r"restart(?:s|ed)?|clean(?:s|ed)?\s+up)\b)"
    r"|\b(?:they|he|she|who)\s+[^.;]{0,60}?\b(?:patched|fixed|shipped\s+a\s+fix|rolled\s+(?:it\s+)?back|raised|changed|"
    r"increased|lifted|launched|slotted|scheduled|took)\s+(?:it|the|a|an)\b"
    r"|\b(?:someone|somebody|anyone)\s+to\s+(?:get|look)\s+(?:to|at|into)\s+it"
    r"|\basked\s+(?:for\s+it|them|their\s+\w+)\s+to\s+(?:be\s+)?(?:prioritiz\w+|fix\w*|look\w*|handle\w*)"
    r"|\b(?:it|this|the\s+(?:ticket|bug|issue|fix))\s+(?:got|was)\s+(?:eventually\s+|finally\s+)?(?:picked\s+up|fixed|patched|"
    r"handled|resolved)\s+(?:by|in|on|after|when)"
    r"|\bonce\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:was|were|got)\s+(?:patched|fixed|resolved)"
)
_AWAITED = (
    r"(?:them|their|the\s+\w+(?:\s+\w+)?\s+(?:team|owners?|on-?call)|someone|somebody|a\s+(?:fix|response|reply|patch)|"
    r"the\s+(?:fix|patch|owners?)|(?:a|the|their)\s+(?:next\s+)?release|it\s+to\s+(?:be\s+)?(?:merged|fixed|picked))"
)
_WAIT = compile_lower(
    r"\b(?:I|and)\s+(?:just\s+|then\s+|simply\s+)?wait(?:ed)?(?:\s+(?:for|on|until)\s+"
    + _AWAITED
    + r"|(?=\s*[.;]|,\s+(?:and|but|which)))"
    r"|\b(?:just\s+)?waiting\s+(?:for|on)\s+" + _AWAITED
)
_NOT_PASSIVE = compile_lower(r"(?:n't|not|rather than|instead of|without)\s+(?:want\s+to\s+)?(?:\w+\s+)?$|while\s+$")
_ACTIVE_WAIT = compile_lower(
    r"\b(?:while\s+(?:I\s+)?(?:was\s+)?wait|while\s+it\s+was\s+in\s+review|meanwhile|in the meantime)"
)
_OWN_FIX = compile_lower(
    r"\bmyself\b|\bmy\s+(?:own\s+)?(?:fix|patch|pull request|PR)\b|\bI\s+(?:\w+\s+)?(?:fixed|patched|reverted|"
    r"mitigated|deployed|shipped|rewrote|implemented|migrated|replaced|disabled|throttled|rate-limited|pinned|"
    r"rolled\s+(?:it\s+|the\s+\w+\s+)?(?:back|out)|turned\s+(?:it\s+|the\s+\w+\s+)?off|"
    r"wrote\s+(?:a|the)\s+(?:fix|patch|change|migration)|"
    r"(?:opened|submitted|sent|raised|put up)\s+(?:\w+\s+)?(?:a|the|them the|my)\s+(?:pull request|PR|merge request|patch|fix))"
)
_SCOPE = compile_lower(
    r"\b(?:I\s+(?:\w+\s+)?(?:own(?:s|ed)?|maintain(?:s|ed)?|led|lead|run|ran)\s+(?:the|our|my|a|an|this|its)\b"
    r"|(?:and|who)\s+(?:also\s+)?(?:own(?:s|ed)?|maintain(?:s|ed)?|led)\s+(?:the|our|my|a|an|this|its)\b"
    r"|(?:my|our)\s+team\s+(?:own(?:s|ed)?|(?:is|was)\s+responsible|maintain(?:s|ed)?|(?:is|was)\s+measured)"
    r"|on\s+the\s+team\s+that\s+own(?:s|ed)"
    r"|I\s+(?:\w+\s+)?own(?:ed)?\s+\w+|(?:was|is)\s+on\s+me\b|as\s+(?:her|his|their|the|an?)\s+(?:mentor|lead|owner|on-?call|"
    r"manager|buddy|reviewer|interviewer)\b|my\s+(?:ticket|assignment|task)\s+was|"
    r"(?:was|were|is|are)\s+(?:mine|ours)\b|"
    r"(?:my|our)\s+(?:manager|lead|director)\s+approved|(?:was|is)\s+(?:squarely\s+)?(?:my|on\s+me|our)\s+(?:\w+\s+)?(?:job|problem|"
    r"responsibility|call|project|code|service|area|remit|decision|deliverable|migration|launch|feature|task)"
    r"|my\s+(?:own\s+)?(?:code|feature|service|project|component|module|flag|feature flag|remit|role|area|change|"
    r"pipeline|system|responsibility)\b|part\s+of\s+my\s+(?:role|job|remit)"
    r"|responsible\s+for|accountable\s+for|(?:I\s+was|I'm|I\s+am)\s+(?:\w+\s+){0,2}?on[- ]?call|my\s+on[- ]?call|"
    r"on[- ]?call\s+(?:for|that|this)\s+(?:week|night|weekend|our|my)|(?:I\s+was|I'm|as)\s+(?:the\s+|a\s+|our\s+)?(?:tech|team)\s+lead|"
    r"lead\s+engineer\s+(?:on|for)|I\s+was\s+the\s+(?:only|"
    r"lead|primary|owner|DRI|senior)|the\s+owner\b|measured\s+on|(?:I\s+was|I'm)\s+(?:\w+\s+)?on\s+the\s+(?:\w+\s+)?rotation|\bDRI\b|point\s+person"
    r"|(?:my|our)\s+(?:own\s+)?lane|in\s+charge\s+of|I\s+(?:was\s+)?(?:leading|owning|running)\b"
    r"|(?:that|which)\s+I\s+(?:own|owned|maintain|maintained|built|wrote)\b"
    r"|(?:in|on)\s+(?:no\s+one's|nobody's|anyone's)\s+(?:backlog|roadmap|radar|plate)"
    r"|(?:nobody|no\s+one|no\s+team)\s+(?:had\s+)?(?:asked|owned|claimed|was\s+responsible|was\s+assigned)"
    r"|no\s+(?:\w+\s+)?(?:ticket|alert|owner)|no\s+one\s+owned|not\s+(?:on|in)\s+(?:our|my)\s+(?:roadmap|sprint|backlog|scope)"
    r"|(?:wasn't|was\s+not|isn't|is\s+not|not)\s+(?:really\s+|formally\s+|technically\s+)?(?:my|our|anyone(?:'s)?|"
    r"assigned|in\s+my|part\s+of\s+my)"
    r"|outside\s+(?:of\s+)?(?:my|our)\s+(?:team|scope|remit|area|sprint)|(?:another|a\s+different|other)\s+team(?:'s)?"
    r"\s+(?:service|code|system|library|owned)|owned\s+by\s+(?:another|a\s+different|the\s+\w+)\s+team"
    r"|I\s+(?:decided|chose)\s+(?:to\s+take\s+it\s+on|that\s+(?:was|it\s+was)\s+my))",
)


def _assignments(ctx: Context) -> list[Evidence]:
    """Return where the story says someone else started the work (searched once per answer)."""
    cached = ctx._cache.get("assignments")
    if isinstance(cached, list):
        return cached
    count = len(ctx.sentences)
    horizon = count if ctx.fragment else max(ctx.first_action_index + 1, (count + 1) // 2)
    found: list[Evidence] = []
    for sentence in ctx.sentences[:horizon]:
        low = ctx.lower_of(sentence)
        if not _ASSIGNING_WORD.search(low):  # cheap first: most sentences have no verb of assignment at all
            continue
        for match in _ASSIGNED.finditer(low):
            if not _NEGATION.search(low[: match.start()]):
                found.append(ctx.evidence(sentence.start + match.start(), sentence.start + match.end()))
    ctx._cache["assignments"] = found
    return found


@rule(
    "manager_assigned",
    "Someone else started it",
    "disqualifier",
    "Open with what you noticed and why you chose to act; if it was assigned, show where you went beyond the ask.",
    "Was this something you were asked to do, or did you take it on yourself?",
)
def manager_assigned(ctx: Context) -> Finding | None:
    """Listens for the work starting because someone asked, assigned or suggested it ('my manager asked me',
    'since I had bandwidth', 'I was asked to'), in the set-up of the story; 'nobody asked me' does not count."""
    found = _assignments(ctx)
    if not found:
        return None
    return Finding(
        f"The work started because someone else asked: {quote(found)}. The interviewer hears that it was assigned.",
        found,
    )


@rule(
    "handoff",
    "Routed instead of owned",
    "disqualifier",
    "Show what you did to resolve it yourself (the fix, the PR, the rollout); escalate for visibility, not instead.",
    "After you raised it, what did you personally do to get it fixed?",
)
def handoff(ctx: Context) -> Finding | None:
    """Listens for the problem passed to others ('I escalated it and they fixed it', 'I sent them a Slack
    message and they handled it', 'I sent the fix and waited'); escalating while shipping one's own fix is fine."""
    acting: tuple[Step, ...] = ("task", "action", "result")
    routed = ctx.find(_ROUTE, *acting)
    waits = [e for e in ctx.find(_WAIT, *acting) if not _NOT_PASSIVE.search(ctx.lower[max(0, e.start - 40) : e.start])]
    if not routed and not waits:
        return None
    passive_wait = bool(waits) and not ctx.find(_ACTIVE_WAIT)
    others = ctx.find(_OTHERS_FIX, *acting)
    escalated = any("escalat" in e.text.lower() for e in routed)
    # Routed away: raised with others who then resolved it (or were waited on), or escalated outright.
    routed_away = (bool(routed) and bool(others or waits)) or escalated
    if not (routed_away and not ctx.find(_OWN_FIX, *acting)) and not passive_wait:
        return None
    evidence = sorted({(e.start, e.end): e for e in routed + others + waits}.values(), key=lambda e: e.start)
    return Finding(
        f"The problem was handed to others to resolve: {quote(evidence)}. That is routing, not owning.",
        evidence,
    )


@rule(
    "no_scope_boundary",
    "No scope boundary",
    "major",
    "Say in one sentence why this was yours to act on: what you owned, or that it was outside your team and unasked.",
    "Was this part of your job, or outside your scope?",
    full_only=True,
)
def no_scope_boundary(ctx: Context) -> Finding | None:
    """Listens for why the problem was the candidate's: their own service or on-call duty, an assignment, or
    that it was outside their team or sprint, unticketed or unasked. Flags a whole answer that never says."""
    if ctx.find(_SCOPE, "situation", "task") or ctx.find(_SCOPE, "action") or _assignments(ctx):
        return None
    where = ctx.sentences_in("task") or ctx.sentences_in("situation") or ctx.sentences[:1]
    return Finding(
        "Nothing says why this problem was yours to act on, so the interviewer assumes it was simply assigned.",
        [ctx.whole(where[0])],
    )


RULES = (manager_assigned, handoff, no_scope_boundary)

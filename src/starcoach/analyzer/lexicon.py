"""Shared word patterns: who acts in a clause, and which verbs are deeds rather than states."""

from __future__ import annotations

import re

from starcoach.analyzer.anchors import closing_paren, register, split_alternatives

_LETTER_OR_ESCAPE = re.compile(r"(\\.)|([A-Z])")


def lowered(pattern: str) -> str:
    """Lower-case a regex source's letters, leaving escapes such as \\S and \\W alone."""
    return _LETTER_OR_ESCAPE.sub(lambda m: m.group(1) or m.group(2).lower(), pattern)


def compile_lower(pattern: str) -> re.Pattern[str]:
    """Compile a pattern to run over lower-cased text: case-blind without the cost of IGNORECASE.

    A pattern that is one word-bounded alternation, `\\b(?:a|b|...)`, has its alternatives grouped by first
    letter (see `by_first_letter`), which scans much faster and matches the same text.
    """
    written = source = lowered(pattern)
    tail = r"\b" if source.endswith(r")\b") else ""
    body_end = len(source) - len(tail) - 1
    if source.startswith(r"\b(?:") and closing_paren(source, 2) == body_end:
        alternatives = [a.removeprefix(r"\b") for a in split_alternatives(source[5:body_end])]
        source = r"\b(?:" + by_first_letter(alternatives) + ")" + tail
    return register(re.compile(source), written)


def phrases(block: str) -> list[str]:
    """Split a block of phrases, separated by ' | ' or line breaks, into a list (so long lists stay compact)."""
    return [p.strip() for line in block.strip().splitlines() for p in line.split(" | ") if p.strip()]


def compile_words(*phrases: str) -> re.Pattern[str]:
    """Compile phrases (regex fragments) into one word-bounded alternation over lower-cased text."""
    # `(?<!\w)` rather than `\b` in front: the same for phrases that start with a letter, faster to scan,
    # and it lets a phrase start with a symbol such as `\$`.
    written = [lowered(p) for p in phrases]
    return register(re.compile(r"(?<!\w)(?:" + by_first_letter(written) + r")\b"), r"\b(?:" + "|".join(written) + ")")


_LEADING_GROUP = re.compile(r"\(\?:([^()]*)\)(?![?*{])")


def _expand_leading_group(phrase: str) -> list[str]:
    """Spell out a leading `(?:a|b)rest` as `arest`, `brest` so each alternative starts with its letter."""
    match = _LEADING_GROUP.match(phrase)
    if match is None or "\\" in match.group(1) or "[" in match.group(1):
        return [phrase]
    rest = phrase[match.end() :]
    return [branch + rest for branch in match.group(1).split("|")]


def by_first_letter(phrases: list[str]) -> str:
    """Group alternatives that start with the same plain letter: `t(?:hings|eam)|w(?:e|as)|...`.

    The regex engine then tests one character per group instead of every alternative at each position,
    which is several times faster for long phrase lists; what matches is unchanged.
    """
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for phrase in (p for original in phrases for p in _expand_leading_group(original)):
        if len(phrase) > 1 and phrase[0].isalpha() and phrase[1] not in "?*+{":
            groups.setdefault(phrase[0], []).append(phrase[1:])
        else:
            others.append(phrase)
    factored = [f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "|".join(factored + others)


def lower_text(text: str) -> str:
    """Lower-case text without changing its length, so spans found in it index the original."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[:1] or ch for ch in text)


# Verbs that describe a state or an observation, not a deed: "we had an outage", "we were seeing".
STATIVE = (
    "am|are|is|was|were|be|been|being|had|has|have|having|got|get|gets|seem|felt|"
    "knew|know|needed|need|wanted|want|saw|see|noticed|heard|used|lost|missed|faced|hit|kept|owned|owns|"
    "involved|affected|assumed|ignored|based|named|called|supposed|expected|required|seemed|appeared|dodged|"
    "started seeing|ran into|realized|thought|believed|hoped|liked|loved|didn't|did not|couldn't|"
    "could not|wasn't|weren't|would|could|should|might|may|can|will|must"
)
ADVERB = r"(?:(?:also|then|just|quickly|eventually|finally|first|later|together|collectively|jointly|all|"
ADVERB += r"both|actually|really|basically|immediately|initially|ultimately|soon|still|even|never|only)\s+)"
# A deed verb: an irregular past form from the list, or any regular past form in -ed.
DEED = (
    r"(?:built|wrote|rewrote|made|ran|put|set|did|went|chose|took|brought|began|gave|sent|drove|led|aligned|settled|"
    r"shipped|split|cut|held|met|spent|dug|found|fixed|won|sold|bought|rolled|moved|decided|agreed|"
    r"(?!(?:" + STATIVE + r")\b)[a-z]+ed)"
)
WE_ACTOR = compile_lower(
    r"\b(?:(?<!rather )(?<!if )(?<!wish )(?<!that )we|(?<!of )the (?:whole )?team|our (?:team|squad|group)|"
    r"my (?:team|squad)|the squad|together we|"
    r"as a (?:group|team),? we)\s+(?:"
    + ADVERB
    + r"{0,2}"
    + DEED
    + r"\b|had (?:a |an |some |a few |several |two |three )?(?:\w+ )?(?:meetings?|discussions?|calls?|syncs?|"
    + r"post-?mortems?|retros?|workshops?|debates?|conversations?|brainstorm\w*)\b)"
)
# A deed told in the present tense, as many candidates do ("so I go to the logs and I see ...").
PRESENT_DEED = (
    r"(?:add|ask|break|build|change|check|cut|deploy|dig|find|fix|go|look|measure|move|open|page|ping|post|propose|"
    r"pull|remove|replace|reproduce|rewrite|roll|run|search|send|set|ship|start|test|trace|turn|write)"
)
I_ACTOR = compile_lower(r"\bI\s+" + ADVERB + r"{0,2}(?:" + DEED + "|" + PRESENT_DEED + r")\b")
NUMBER = compile_lower(
    r"(?:[$€£]\s?\d|\d(?<![A-Za-z\d.]\d)[\d,.]*(?:%|[a-zA-Z]{1,3}\b|\b)|\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|dozens?|half|twice|doubled|tripled|quadrupled|halved|percent)\b)"
)

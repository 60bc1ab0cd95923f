"""Answers written for the tests: a strong story and the ways a real candidate weakens it."""

from __future__ import annotations

STRONG: dict[str, str] = {
    "situation": (
        "Last spring I was an SDE2 on the search team at a travel site. Our autocomplete endpoint had crept from "
        "80 to 240 milliseconds at p99 over two months, and product analytics showed users abandoning the search "
        "box once suggestions lagged."
    ),
    "task": (
        "Autocomplete was my service and its latency budget was mine to defend, even though no alert had fired "
        "and nobody had filed a ticket."
    ),
    "action": (
        "I pulled a week of traces and grouped the slow requests by code path. I found that a new synonym lookup "
        "ran once per keystroke against the database instead of the in-memory cache, which explained why the "
        "slowdown began the week the synonym feature launched. I wrote a change that loads "
        "the synonym table into the cache at startup and refreshes it every five minutes. I load-tested it at "
        "twice our peak traffic, then shipped it behind a flag to five percent of users and compared latency and "
        "click-through for three days before rolling it out fully. I also added a latency alert at 150 "
        "milliseconds on the endpoint."
    ),
    "result": (
        "The p99 dropped from 240 to 70 milliseconds, searches started from autocomplete rose by 6 percent, which "
        "the analytics team valued at about $40,000 a month in bookings, and the per-keystroke query check became "
        "a standard item in our team's review checklist."
    ),
    "reflection": (
        "The lesson for me was that a cache nobody measures quietly stops being used. I now add a hit-rate panel "
        "next to every cache I introduce."
    ),
}


def story(**steps: str) -> str:
    """Return the strong story as one paragraph with some steps replaced (an empty string drops a step)."""
    merged = {**STRONG, **steps}
    return " ".join(text for text in merged.values() if text)


WE_ACTIONS = (
    "We pulled a week of traces and we found that a synonym lookup ran once per keystroke. We decided to load "
    "the table into the cache at startup, and the team built the change over a sprint. We load-tested it and "
    "we rolled it out to everyone."
)
COLLECTIVE = STRONG["action"] + " Once the flag data was in, we collectively decided the rollout schedule."
PAIRED = (
    "I pulled a week of traces and grouped the slow requests by code path. I paired with Ana from the database "
    "team to read the query plans, and I found that a synonym lookup ran once per keystroke. I wrote the cache "
    "change, load-tested it at twice our peak and rolled it out behind a flag over three days."
)
ASSIGNED_TASK = "My manager asked me to look into it since I had some bandwidth after the launch."
ASKED_TASK = "I was asked to take a look because the search lead was out that month."
UNASKED_TASK = "Nobody asked me to look into it, and it was not on our roadmap, but autocomplete was my service."
HANDOFF_ACTIONS = (
    "I pulled a week of traces and saw that the slow path was in the catalog team's synonym service. I sent them "
    "a Slack message with the traces, and they handled the fix the following week."
)
VISIBILITY_ACTIONS = (
    "I pulled a week of traces and saw that the slow path was in the catalog team's synonym service. I flagged it "
    "to their lead for visibility, but I wrote the fix myself, load-tested it at twice our peak and sent them a "
    "pull request with the traces attached. They merged it the next morning and I watched the rollout for a week."
)
WAITED_ACTIONS = (
    "I pulled a week of traces, found the per-keystroke lookup in the catalog team's code and wrote a patch. I "
    "sent the fix to their team and waited for them to merge it."
)
NO_SCOPE_SITUATION = (
    "At a travel site the autocomplete endpoint had crept from 80 to 240 milliseconds at p99 over two months, "
    "and product analytics showed users abandoning the search box once suggestions lagged."
)
VAGUE_RESULT = "After the change things got a lot better and the team was really happy with it."
TECH_ONLY_RESULT = "The p99 dropped from 240 to 70 milliseconds within a day of the rollout."
GENERIC_LESSON = "I learned that communication is really important and that teamwork matters."
SPECIFIC_COMMUNICATION = (
    "My takeaway sounds like a cliche about communication, but I mean something narrow: I now ask the catalog "
    "team to tell me before they change the synonym table's shape, because that change was the real trigger."
)
TECHNICAL_LESSON = "I learned to check the cache hit rate before blaming the database, so I now chart hit rates."
BLAME_ACTIONS = (
    "My teammate didn't pull his weight, so I pulled a week of traces myself and found the per-keystroke lookup. "
    "I wrote the cache change, load-tested it and rolled it out behind a flag over three days."
)
HEDGED_ACTIONS = (
    "I think the problem was the database, probably something with the indexes, I'm not sure. I wrote a cache "
    "change and rolled it out behind a flag over three days after a load test at twice our peak."
)
UNVERIFIED_ACTIONS = (
    "I pulled a week of traces and found that a synonym lookup ran once per keystroke. I wrote a change that "
    "caches the table, shipped it, checked the logs and it looked fine."
)
DODGE = (
    "Honestly I can't think of a specific time that happened to me. In general I would try to talk to the "
    "people involved and make sure everyone understands the priorities before anything goes wrong."
)
LONG_SITUATION = (
    "So this needs some background. I was an SDE2 on the search team at a travel site, and our stack had grown "
    "over about six years. There was a query service in Java, an autocomplete service in Go, a ranking layer "
    "that another team had written in Python, and a synonym store that lived in Postgres. The autocomplete "
    "service sat behind two load balancers, one for the web app and one for the mobile apps, and each had its "
    "own caching rules. There had been a plan to merge the two paths for a couple of years, but it kept slipping, "
    "partly because the people who built the original service had left and partly because the mobile team had "
    "different release cycles. On top of that we were in the middle of moving from one cloud region to two, so "
    "a lot of dashboards were half migrated and people did not fully trust them. Our autocomplete endpoint had "
    "crept from 80 to 240 milliseconds at p99 over two months, and product analytics showed users abandoning "
    "the search box once suggestions lagged."
)

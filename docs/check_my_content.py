"""Validate given content files against the schema (authoring aid; not shipped)."""

import sys
from pathlib import Path

import yaml

from starcoach.content.models import Principle, QuizItem, Walkthrough

for name in sys.argv[1:]:
    path = Path(name)
    data = yaml.safe_load(path.read_text())
    kind = path.parent.name
    try:
        if kind == "principles":
            Principle.model_validate(data)
        elif kind == "walkthroughs":
            w = Walkthrough.model_validate(data)
            words = {c.step: len(c.example.split()) for c in w.steps}
            print(path.name, "words:", words, "total", sum(words.values()))
        elif kind == "quiz":
            items = [QuizItem.model_validate(i) for i in data["items"]]
            print(path.name, len(items), "items", sorted({(i.difficulty) for i in items}))
        print("OK", path)
    except Exception as exc:  # noqa: BLE001
        print("FAIL", path, exc)

"""Load a content pack from YAML into validated models; errors name the file and the field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from starcoach.content.models import Pack, Principle, Question, QuizItem, Walkthrough

DEFAULT_PACK = "amazon"
# libyaml's loader when PyYAML was built with it: the same safe subset, several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
M = TypeVar("M", bound=BaseModel)


class ContentError(Exception):
    """A content pack is malformed; the message names the file and the field."""


@dataclass(frozen=True)
class Library:
    """One loaded pack: its principles, walkthroughs and quiz items, indexed by id."""

    pack: Pack
    principles: dict[str, Principle]
    walkthroughs: dict[str, Walkthrough]
    quiz: dict[str, QuizItem]
    _by_principle: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @property
    def questions(self) -> dict[str, Question]:
        return {qid: w.question for qid, w in self.walkthroughs.items()}

    def principle(self, slug: str) -> Principle:
        try:
            return self.principles[slug]
        except KeyError:
            raise ContentError(f"unknown principle {slug!r}") from None

    def walkthrough(self, question_id: str) -> Walkthrough:
        try:
            return self.walkthroughs[question_id]
        except KeyError:
            raise ContentError(f"unknown question {question_id!r}") from None

    def walkthroughs_for(self, slug: str) -> list[Walkthrough]:
        """Return the walkthroughs whose question is filed under this principle."""
        return [w for w in self.walkthroughs.values() if w.question.principle == slug]

    def quiz_for(self, slug: str) -> list[QuizItem]:
        return [q for q in self.quiz.values() if q.principle == slug]


def packs_root() -> Path:
    """Return the folder holding the shipped packs."""
    return Path(str(resources.files("starcoach.content").joinpath("packs")))


def available_packs(root: Path | None = None) -> list[str]:
    base = root or packs_root()
    return sorted(p.name for p in base.iterdir() if (p / "pack.yaml").is_file())


def load_library(pack: str = DEFAULT_PACK, root: Path | None = None) -> Library:
    """Load and cross-check one pack; raise ContentError naming the file and field at fault."""
    folder = (root or packs_root()) / pack
    if not (folder / "pack.yaml").is_file():
        raise ContentError(f"no content pack {pack!r} in {folder.parent}")
    meta = _parse(folder / "pack.yaml", Pack)
    principles = _index(_load_dir(folder / "principles", Principle), "slug")
    walkthroughs = _index(_load_dir(folder / "walkthroughs", Walkthrough), "id")
    quiz = _index(_load_quiz(folder / "quiz"), "id")
    library = Library(meta, principles, walkthroughs, quiz)
    _check_references(library)
    return library


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise ContentError(f"{path}: invalid YAML: {exc}") from None


def _parse(path: Path, model: type[M], data: Any = None, where: str = "") -> M:
    raw = _read_yaml(path) if data is None else data
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{where}{'.'.join(str(p) for p in err['loc']) or '(root)'}: {err['msg']}" for err in exc.errors()
        )
        raise ContentError(f"{path}: {problems}") from None


def _load_dir(folder: Path, model: type[M]) -> list[tuple[Path, M]]:
    if not folder.is_dir():
        return []
    return [(path, _parse(path, model)) for path in sorted(folder.glob("*.yaml"))]


def _load_quiz(folder: Path) -> list[tuple[Path, QuizItem]]:
    items: list[tuple[Path, QuizItem]] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        raw = _read_yaml(path)
        if not isinstance(raw, dict) or not isinstance(raw.get("items"), list):
            raise ContentError(f"{path}: items: expected a list of quiz items")
        items.extend((path, _parse(path, QuizItem, item, f"items.{i}.")) for i, item in enumerate(raw["items"]))
    return items


def _index(entries: Iterable[tuple[Path, M]], key: str) -> dict[str, M]:
    seen: dict[str, tuple[Path, M]] = {}
    for path, entry in entries:
        ident = str(getattr(entry, key))
        if ident in seen:
            raise ContentError(f"{path}: {key}: {ident!r} is already used in {seen[ident][0]}")
        seen[ident] = (path, entry)
    return {ident: entry for ident, (_, entry) in seen.items()}


def _check_references(library: Library) -> None:
    known = library.principles
    problems: list[str] = []

    def need(slug: str, where: str) -> None:
        if slug not in known:
            problems.append(f"{where}: unknown principle {slug!r}")

    for p in known.values():
        for slug in p.related:
            need(slug, f"principles/{p.slug}.yaml: related")
    for w in library.walkthroughs.values():
        where = f"walkthroughs/{w.id}.yaml"
        need(w.question.principle, f"{where}: question.principle")
        for slug in w.question.secondary:
            need(slug, f"{where}: question.secondary")
        for i, angle in enumerate(w.angles):
            need(angle.principle, f"{where}: angles.{i}.principle")
    for item in library.quiz.values():
        need(item.principle, f"quiz item {item.id}: principle")
    if problems:
        raise ContentError("; ".join(problems))

"""Packs load from any folder; errors name the file and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from starcoach.content.loader import ContentError, available_packs, load_library, packs_root

PRINCIPLE = """slug: craft
name: Craft
meaning: Do the work well.
summary: Interviewers listen for care in the details.
signals: [one, two, three]
red_flags: [one, two, three]
"""


def _pack(root: Path, name: str = "acme") -> Path:
    folder = root / name
    (folder / "principles").mkdir(parents=True)
    (folder / "pack.yaml").write_text(f"slug: {name}\nname: Acme values\ndescription: A second framework.\n")
    (folder / "principles" / "craft.yaml").write_text(PRINCIPLE)
    return folder


def test_a_second_pack_is_a_folder_dropped_in(tmp_path: Path) -> None:
    _pack(tmp_path)
    library = load_library("acme", root=tmp_path)
    assert list(library.principles) == ["craft"]
    assert available_packs(tmp_path) == ["acme"]


def test_the_shipped_pack_is_listed() -> None:
    assert "amazon" in available_packs(packs_root())


def test_a_bad_field_names_the_file_and_field(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    (folder / "principles" / "craft.yaml").write_text(PRINCIPLE.replace("signals: [one, two, three]", "signals: [one]"))
    with pytest.raises(ContentError, match=r"craft\.yaml: signals"):
        load_library("acme", root=tmp_path)


def test_an_unknown_reference_is_reported(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    (folder / "principles" / "craft.yaml").write_text(PRINCIPLE + "related: [speed]\n")
    with pytest.raises(ContentError, match="unknown principle 'speed'"):
        load_library("acme", root=tmp_path)


def test_duplicate_ids_are_reported(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    shutil.copy(folder / "principles" / "craft.yaml", folder / "principles" / "craft-copy.yaml")
    with pytest.raises(ContentError, match="already used"):
        load_library("acme", root=tmp_path)


def test_invalid_yaml_is_reported(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    (folder / "principles" / "craft.yaml").write_text("slug: [unclosed")
    with pytest.raises(ContentError, match="invalid YAML"):
        load_library("acme", root=tmp_path)


def test_a_missing_pack_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="no content pack"):
        load_library("nothing", root=tmp_path)

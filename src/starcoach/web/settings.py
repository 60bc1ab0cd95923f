"""The web app's settings, declared once and passed to create_app."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from starcoach.content.loader import DEFAULT_PACK


class Settings(BaseModel):
    """How one app instance runs: its database, its content and its limits."""

    model_config = ConfigDict(frozen=True)

    database_url: str = Field(description="SQLAlchemy URL of the database; migrated on start.")
    pack: str = Field(DEFAULT_PACK, description="The content pack to serve.")
    content_root: Path | None = Field(None, description="Folder of packs; the shipped packs by default.")
    secret_key: str | None = Field(
        None,
        description="Signs the CSRF cookie; by default a random key kept in the database, so forms survive a restart.",
    )
    max_body_bytes: int = Field(64 * 1024, gt=0, description="Largest request body accepted.")
    profile: str = Field("local", description="The profile whose progress is shown and saved.")

"""Secrets the app keeps in its own database, created on first use."""

from __future__ import annotations

import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from starcoach.store.tables import AppSecret


def app_secret(session: Session, *, name: str) -> str:
    """Return the secret called `name`, creating a random one the first time it is asked for."""
    found = session.scalar(select(AppSecret.value).where(AppSecret.name == name))
    if found is not None:
        return found
    value = secrets.token_urlsafe(32)
    session.add(AppSecret(name=name, value=value))
    session.flush()
    return value

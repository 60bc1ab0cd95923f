"""Queries on profiles: the single local user, with room for more."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from starcoach.store.tables import Profile

LOCAL_PROFILE = "local"


def ensure_profile(session: Session, *, name: str = LOCAL_PROFILE) -> int:
    """Return the id of the profile called `name`, creating it the first time."""
    found = session.scalar(select(Profile.id).where(Profile.name == name))
    if found is not None:
        return found
    profile = Profile(name=name)
    session.add(profile)
    session.flush()
    return profile.id

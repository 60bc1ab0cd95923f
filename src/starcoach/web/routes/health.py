"""A trivial route for liveness checks and benchmarks."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

router = APIRouter()


@router.get("/health")
async def health() -> JSONResponse:
    """Answer that the server is up."""
    return JSONResponse({"status": "ok"})

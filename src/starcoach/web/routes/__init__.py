"""The app's routers, one module per feature."""

from fastapi import APIRouter

from starcoach.web.routes import health, learn, library, mock, practice, progress, quiz

ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    library.router,
    learn.router,
    practice.router,
    mock.router,
    quiz.router,
    progress.router,
)

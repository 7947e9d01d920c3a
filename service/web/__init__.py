"""The web form for product managers: server-rendered pages mounted under ``/web``."""

from .routes import router

__all__ = ["router"]

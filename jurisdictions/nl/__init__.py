"""Netherlands: national rules on monitoring at work (loaded when a population works in Netherlands)."""

from . import wor
from .scope import JURISDICTION

__all__ = ["JURISDICTION", "REQUIREMENTS"]

REQUIREMENTS = (*wor.REQUIREMENTS,)

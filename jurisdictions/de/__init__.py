"""Germany: national rules on monitoring at work (loaded when a population works in Germany)."""

from . import bdsg, betrvg, tdddg
from .scope import JURISDICTION

__all__ = ["JURISDICTION", "REQUIREMENTS"]

REQUIREMENTS = (*betrvg.REQUIREMENTS, *bdsg.REQUIREMENTS, *tdddg.REQUIREMENTS)

"""Austria: national rules on monitoring at work (loaded when a population works in Austria)."""

from . import arbvg, avrag
from .scope import JURISDICTION

__all__ = ["JURISDICTION", "REQUIREMENTS"]

REQUIREMENTS = (*arbvg.REQUIREMENTS, *avrag.REQUIREMENTS)

"""Italy: national rules on monitoring at work (loaded when a population works in Italy)."""

from . import codice_privacy, garante, statuto_lavoratori
from .scope import JURISDICTION

__all__ = ["JURISDICTION", "REQUIREMENTS"]

REQUIREMENTS = (*statuto_lavoratori.REQUIREMENTS, *codice_privacy.REQUIREMENTS, *garante.REQUIREMENTS)

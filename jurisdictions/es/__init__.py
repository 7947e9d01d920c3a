"""Spain: national rules on monitoring at work (loaded when a population works in Spain)."""

from . import estatuto_trabajadores, lopdgdd
from .scope import JURISDICTION

__all__ = ["JURISDICTION", "REQUIREMENTS"]

REQUIREMENTS = (*lopdgdd.REQUIREMENTS, *estatuto_trabajadores.REQUIREMENTS)

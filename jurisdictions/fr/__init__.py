"""France: national rules on monitoring at work (loaded when a population works in France)."""

from . import cnil, code_du_travail, loi_informatique_libertes
from .scope import JURISDICTION

__all__ = ["JURISDICTION", "REQUIREMENTS"]

REQUIREMENTS = (*code_du_travail.REQUIREMENTS, *cnil.REQUIREMENTS, *loi_informatique_libertes.REQUIREMENTS)

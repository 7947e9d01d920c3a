"""The rule catalogue: one package per jurisdiction, one module per legal instrument.

The registry is explicit (no import-time discovery): add a jurisdiction here, and its
requirements in its package's ``REQUIREMENTS``.
"""

from __future__ import annotations

from functools import lru_cache

from engine.catalogue import Catalogue

#: Bump the minor version when requirements are added or their logic changes, the patch
#: version for wording and metadata; reports name the version that produced them.
CATALOGUE_VERSION = "2026.12.0"


def not_encoded() -> dict[str, str]:
    """Research ids that are deliberately not requirements, with where each went (``bentham rules show``)."""
    from . import us, us_ca

    return {**us_ca.NOT_ENCODED, **us.NOT_ENCODED}


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    from . import at, de, es, eu, fr, it, nl, us, us_ca

    packs = (eu, de, fr, it, es, nl, at, us_ca, us)
    return Catalogue(
        version=CATALOGUE_VERSION,
        jurisdictions=tuple(p.JURISDICTION for p in packs),
        requirements=tuple(r for p in packs for r in p.REQUIREMENTS),
        watch_list=tuple(w for p in packs for w in getattr(p, "WATCH_LIST", ())),
    )

"""Germany: the jurisdiction and what brings a deployment into its scope.

Kept apart from the package's ``__init__`` so that the rule modules can chain on it.
"""

from engine.model import Jurisdiction

from ..common import works_in

JURISDICTION = Jurisdiction(
    code="DE",
    name="Germany",
    scope=works_in("DE"),
    scope_basis="monitored people work in Germany",
    lang="de",
)

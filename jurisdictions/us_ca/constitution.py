"""(to be written: see docs/adding-a-requirement.md)"""

REQUIREMENTS: tuple = ()

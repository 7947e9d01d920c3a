"""(to be written: see docs/adding-a-requirement.md)"""

REQUIREMENTS: tuple = ()
WATCH_LIST: tuple = ()

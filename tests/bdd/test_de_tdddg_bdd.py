from pytest_bdd import scenarios

scenarios("de/tdddg.feature")

from pytest_bdd import scenarios

scenarios("de/betrvg.feature")

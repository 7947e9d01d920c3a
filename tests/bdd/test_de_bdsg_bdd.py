from pytest_bdd import scenarios

scenarios("de/bdsg.feature")

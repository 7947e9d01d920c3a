from pytest_bdd import scenarios

scenarios("at/avrag.feature")

from pytest_bdd import scenarios

scenarios("nl/wor.feature")

from pytest_bdd import scenarios

scenarios("eu/echr.feature")

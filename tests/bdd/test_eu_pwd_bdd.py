from pytest_bdd import scenarios

scenarios("eu/pwd.feature")

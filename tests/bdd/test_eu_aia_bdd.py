from pytest_bdd import scenarios

scenarios("eu/aia.feature")

from pytest_bdd import scenarios

scenarios("eu/wp249.feature")

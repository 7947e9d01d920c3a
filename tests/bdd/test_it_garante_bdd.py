from pytest_bdd import scenarios

scenarios("it/garante.feature")

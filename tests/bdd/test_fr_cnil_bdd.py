from pytest_bdd import scenarios

scenarios("fr/cnil.feature")

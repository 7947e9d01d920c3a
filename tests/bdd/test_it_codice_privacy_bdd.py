from pytest_bdd import scenarios

scenarios("it/codice_privacy.feature")

from pytest_bdd import scenarios

scenarios("eu/eprivacy.feature")

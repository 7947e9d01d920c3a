from pytest_bdd import scenarios

scenarios("at/arbvg.feature")

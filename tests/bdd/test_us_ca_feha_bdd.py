from pytest_bdd import scenarios

scenarios("us_ca/feha.feature")

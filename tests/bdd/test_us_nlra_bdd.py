from pytest_bdd import scenarios

scenarios("us/nlra.feature")

from pytest_bdd import scenarios

scenarios("us/sca.feature")

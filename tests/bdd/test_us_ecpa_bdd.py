from pytest_bdd import scenarios

scenarios("us/ecpa.feature")

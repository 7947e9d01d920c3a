from pytest_bdd import scenarios

scenarios("us_ca/penal_code.feature")

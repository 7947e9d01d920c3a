from pytest_bdd import scenarios

scenarios("us_ca/labor_code.feature")

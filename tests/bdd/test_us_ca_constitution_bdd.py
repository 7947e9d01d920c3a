from pytest_bdd import scenarios

scenarios("us_ca/constitution.feature")

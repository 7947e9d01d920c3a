from pytest_bdd import scenarios

scenarios("fr/code_du_travail.feature")

from pytest_bdd import scenarios

scenarios("fr/loi_informatique_libertes.feature")

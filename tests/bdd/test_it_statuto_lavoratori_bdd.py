from pytest_bdd import scenarios

scenarios("it/statuto_lavoratori.feature")

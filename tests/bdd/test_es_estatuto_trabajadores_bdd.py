from pytest_bdd import scenarios

scenarios("es/estatuto_trabajadores.feature")

from pytest_bdd import scenarios

scenarios("es/lopdgdd.feature")

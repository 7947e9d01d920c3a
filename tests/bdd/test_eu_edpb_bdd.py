from pytest_bdd import scenarios

scenarios("eu/edpb.feature")

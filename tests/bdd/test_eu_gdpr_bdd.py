from pytest_bdd import scenarios

scenarios("eu/gdpr.feature")

from pytest_bdd import scenarios

scenarios("us_ca/cppa_regulations.feature")

@fr
Feature: Loi Informatique et Libertés — access to workers' devices
  Article 82 transposes Art 5(3) ePrivacy: reading information from a user's device needs consent
  unless strictly necessary.

  Background:
    Given an employer in France that monitors its employees

  @fr_lil_82
  Rule: FR-LIL-82 — the monitoring agent reads from workers' devices in France only where article 82 allows it

    Example: Employer laptops no private use
      Given the description says:
        | field                             | value     |
        | monitoring.device_ownership       | employer  |
        | workforce[0].private_use_of_tools | forbidden |
      When the deployment is assessed on 2026-12-01
      Then FR-LIL-82 is satisfied

    Example: Agent on personal devices
      Given the description says:
        | field                       | value    |
        | monitoring.device_ownership | personal |
      When the deployment is assessed on 2026-12-01
      Then FR-LIL-82 is at risk

    Example: Private use permitted
      Given the description says:
        | field                             | value     |
        | monitoring.device_ownership       | employer  |
        | workforce[0].private_use_of_tools | permitted |
      When the deployment is assessed on 2026-12-01
      Then FR-LIL-82 is at risk

    Example: Badge only
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [badge_rfid] |
      When the deployment is assessed on 2026-12-01
      Then FR-LIL-82 is not applicable

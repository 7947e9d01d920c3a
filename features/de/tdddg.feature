@de
Feature: TDDDG — access to workers' devices
  §25 TDDDG transposes Art 5(3) ePrivacy: reading information from a device needs the end user's
  consent unless strictly necessary. Who the end user is turns on ownership and private use.

  Background:
    Given an employer in Germany that monitors its employees

  @de_tdddg_25
  Rule: DE-TDDDG-25 — the monitoring agent reads from workers' devices in Germany only where §25 TDDDG allows it

    Example: Employer laptops no private use
      Given the description says:
        | field                             | value     |
        | monitoring.device_ownership       | employer  |
        | workforce[0].private_use_of_tools | forbidden |
      When the deployment is assessed on 2026-12-01
      Then DE-TDDDG-25 is satisfied

    Example: Agent on personal devices
      Given the description says:
        | field                       | value    |
        | monitoring.device_ownership | personal |
      When the deployment is assessed on 2026-12-01
      Then DE-TDDDG-25 is at risk

    Example: Private use tolerated
      Given the description says:
        | field                             | value     |
        | monitoring.device_ownership       | employer  |
        | workforce[0].private_use_of_tools | tolerated |
      When the deployment is assessed on 2026-12-01
      Then DE-TDDDG-25 is at risk

    Example: CCTV only
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [cctv_video] |
      When the deployment is assessed on 2026-12-01
      Then DE-TDDDG-25 is not applicable

@eu
Feature: ePrivacy Directive — Directive 2002/58/EC
  Confidentiality of communications and access to the devices workers use.

  Background:
    Given an employer in Ireland that monitors its employees

  @eu_epd_5_1_confidentiality
  Rule: EU-EPD-5-1-CONFIDENTIALITY — communications are not intercepted without a ground or consent

    Example: E-mail content read where private use of e-mail is allowed
      Given the description says:
        | field                               | value              |
        | monitoring.techniques               | [email_monitoring] |
        | monitoring.captures_message_content | yes                |
        | workforce[0].private_use_of_tools   | permitted          |
      When the deployment is assessed on 2026-12-01
      Then EU-EPD-5-1-CONFIDENTIALITY is at risk

    Example: Only e-mail metadata, no outside parties
      Given the description says:
        | field                                | value              |
        | monitoring.techniques                | [email_monitoring] |
        | monitoring.captures_message_content  | no                 |
        | monitoring.captures_external_parties | no                 |
      When the deployment is assessed on 2026-12-01
      Then EU-EPD-5-1-CONFIDENTIALITY is satisfied

  @eu_epd_5_3_terminal
  Rule: EU-EPD-5-3-TERMINAL — monitoring agents go on workers' own devices only with consent

    Example: A keystroke agent on workers' own laptops
      Given the description says:
        | field                       | value               |
        | monitoring.techniques       | [keystroke_logging] |
        | monitoring.device_ownership | personal            |
      When the deployment is assessed on 2026-12-01
      Then EU-EPD-5-3-TERMINAL is action required

    Example: An agent on company laptops that staff may also use privately
      Given the description says:
        | field                             | value             |
        | monitoring.techniques             | [app_usage]       |
        | monitoring.device_ownership       | employer          |
        | transparency.notice               | before_deployment |
        | workforce[0].private_use_of_tools | tolerated         |
      When the deployment is assessed on 2026-12-01
      Then EU-EPD-5-3-TERMINAL is at risk

    Example: An announced agent on company laptops reserved for work
      Given the description says:
        | field                             | value             |
        | monitoring.techniques             | [app_usage]       |
        | monitoring.device_ownership       | employer          |
        | transparency.notice               | before_deployment |
        | workforce[0].private_use_of_tools | forbidden         |
      When the deployment is assessed on 2026-12-01
      Then EU-EPD-5-3-TERMINAL is satisfied

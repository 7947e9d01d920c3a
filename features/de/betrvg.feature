@de
Feature: Betriebsverfassungsgesetz — co-determination on monitoring technology
  In a German establishment with a works council, any technology able to monitor employees'
  behaviour or performance needs the works council's agreement before it is introduced.

  Background:
    Given an employer in Germany that monitors its employees

  @de_betrvg_87_1_6_codet
  Rule: DE-BETRVG-87-1-6-CODET — the works council has agreed to the monitoring system

    Example: Rolled out with the employees' individual consent but no works agreement
      Given the description says:
        | field                                    | value                      |
        | purposes                                 | [productivity_measurement] |
        | legal_basis.bases.productivity_measurement | consent                  |
        | workforce[0].consultation.agreement_signed | no                       |
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-87-1-6-CODET is action required

    Example: A works agreement covers the system
      Given the description says:
        | field                                      | value |
        | workforce[0].consultation.agreement_signed | yes   |
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-87-1-6-CODET is satisfied

    Example: Nobody knows whether the works council agreed
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-87-1-6-CODET is needs information
      And DE-BETRVG-87-1-6-CODET asks "workforce[0].consultation.agreement_signed"

  @de_betrvg_ai_info
  Rule: DE-BETRVG-AI-INFO — the works council is informed in good time, with documents, about planned AI use and consulted on it

    Example: Council informed and consulted
      Given the description says:
        | field                                      | value                |
        | workforce[0].consultation.informed         | true                 |
        | workforce[0].consultation.consulted        | true                 |
        | workforce[0].consultation.agreement_signed | true                 |
        | ai_systems[0].name                         | Attrition-risk model |
        | ai_systems[0].is_ai_system                 | true                 |
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-AI-INFO is satisfied

    Example: Council not informed
      Given the description says:
        | field                               | value                |
        | workforce[0].consultation.informed  | false                |
        | workforce[0].consultation.consulted | false                |
        | ai_systems[0].name                  | Attrition-risk model |
        | ai_systems[0].is_ai_system          | true                 |
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-AI-INFO is action required

    Example: Informed but not consulted
      Given the description says:
        | field                               | value                |
        | workforce[0].consultation.informed  | true                 |
        | workforce[0].consultation.consulted | false                |
        | ai_systems[0].name                  | Attrition-risk model |
        | ai_systems[0].is_ai_system          | true                 |
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-AI-INFO is action required

    Example: No AI component
      Given the description says:
        | field                      | value                       |
        | ai_systems[0].name         | Idle-time threshold counter |
        | ai_systems[0].is_ai_system | false                       |
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-AI-INFO is not applicable

    Example: AI use unknown
      When the deployment is assessed on 2026-12-01
      Then DE-BETRVG-AI-INFO is needs information
      And DE-BETRVG-AI-INFO asks "ai_systems"

@es
Feature: Estatuto de los Trabajadores — information on algorithms
  The works council must be told the parameters, rules and instructions of algorithms that affect
  working conditions or employment.

  Background:
    Given an employer in Spain that monitors its employees

  @es_et_64_4_d_algo
  Rule: ES-ET-64-4-D-ALGO — the works council is told the parameters, rules and instructions of algorithms that affect working conditions

    Example: Council given the parameters
      Given the description says:
        | field                              | value                  |
        | monitoring.techniques              | [productivity_scoring] |
        | workforce[0].consultation.informed | true                   |
      When the deployment is assessed on 2026-12-01
      Then ES-ET-64-4-D-ALGO is satisfied

    Example: Council not informed
      Given the description says:
        | field                              | value                  |
        | monitoring.techniques              | [productivity_scoring] |
        | workforce[0].consultation.informed | false                  |
      When the deployment is assessed on 2026-12-01
      Then ES-ET-64-4-D-ALGO is action required

    Example: No works council
      Given the description says:
        | field                                     | value                  |
        | monitoring.techniques                     | [productivity_scoring] |
        | workforce[0].representation.works_council | false                  |
      When the deployment is assessed on 2026-12-01
      Then ES-ET-64-4-D-ALGO is not applicable

    Example: Algorithmic use unknown
      When the deployment is assessed on 2026-12-01
      Then ES-ET-64-4-D-ALGO is needs information
      And ES-ET-64-4-D-ALGO asks "ai_systems"

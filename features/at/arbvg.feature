@at
Feature: Arbeitsverfassungsgesetz — works agreements on control and personnel systems
  Control systems touching human dignity need a works agreement nobody can replace; personnel-data
  and appraisal systems need one too, replaceable by the conciliation body.

  Background:
    Given an employer in Austria that monitors its employees

  @at_arbvg_96_1_3_dignity
  Rule: AT-ARBVG-96-1-3-DIGNITY — a works agreement covers every control system that touches the employees' human dignity

    Example: Keylogging without works agreement
      Given the description says:
        | field                                      | value               |
        | monitoring.techniques                      | [keystroke_logging] |
        | workforce[0].consultation.agreement_signed | false               |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96-1-3-DIGNITY is action required

    Example: Conciliation body cannot replace consent
      Given the description says:
        | field                                             | value         |
        | monitoring.techniques                             | [gps_vehicle] |
        | workforce[0].consultation.agreement_signed        | false         |
        | workforce[0].consultation.authority_authorisation | true          |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96-1-3-DIGNITY is action required

    Example: Individual consent instead
      Given the description says:
        | field                                      | value         |
        | monitoring.techniques                      | [fingerprint] |
        | legal_basis.bases.it_security              | consent       |
        | workforce[0].consultation.agreement_signed | false         |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96-1-3-DIGNITY is action required

    Example: Works agreement
      Given the description says:
        | field                                      | value         |
        | monitoring.techniques                      | [screenshots] |
        | workforce[0].consultation.agreement_signed | true          |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96-1-3-DIGNITY is satisfied

    Example: Daily app usage totals
      Given the description says:
        | field                  | value            |
        | monitoring.granularity | individual_daily |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96-1-3-DIGNITY is not applicable

    Example: Granularity unknown
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96-1-3-DIGNITY is needs information
      And AT-ARBVG-96-1-3-DIGNITY asks "monitoring.granularity"

  @at_arbvg_96a_1_1_data
  Rule: AT-ARBVG-96A-1-1-DATA — a works agreement or conciliation-body decision covers systems processing employee data beyond basic records

    Example: No agreement or decision
      Given the description says:
        | field                                             | value            |
        | monitoring.granularity                            | individual_daily |
        | workforce[0].consultation.agreement_signed        | false            |
        | workforce[0].consultation.authority_authorisation | false            |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96A-1-1-DATA is action required

    Example: Conciliation body decision
      Given the description says:
        | field                                             | value            |
        | monitoring.granularity                            | individual_daily |
        | workforce[0].consultation.agreement_signed        | false            |
        | workforce[0].consultation.authority_authorisation | true             |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96A-1-1-DATA is satisfied

    Example: Works agreement
      Given the description says:
        | field                                      | value                            |
        | monitoring.techniques                      | [app_usage, file_access_logging] |
        | monitoring.granularity                     | individual_daily                 |
        | workforce[0].consultation.agreement_signed | true                             |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96A-1-1-DATA is satisfied

    Example: Dignity level system
      Given the description says:
        | field                 | value         |
        | monitoring.techniques | [screenshots] |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96A-1-1-DATA is not applicable

  @at_arbvg_96a_1_2_appraisal
  Rule: AT-ARBVG-96A-1-2-APPRAISAL — a works agreement or conciliation-body decision covers systems that appraise employees

    Example: Scoring without agreement
      Given the description says:
        | field                                             | value                             |
        | monitoring.techniques                             | [app_usage, productivity_scoring] |
        | workforce[0].consultation.agreement_signed        | false                             |
        | workforce[0].consultation.authority_authorisation | false                             |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96A-1-2-APPRAISAL is action required

    Example: Works agreement on scoring
      Given the description says:
        | field                                      | value                             |
        | monitoring.techniques                      | [app_usage, productivity_scoring] |
        | workforce[0].consultation.agreement_signed | true                              |
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96A-1-2-APPRAISAL is satisfied

    Example: Security logging only
      When the deployment is assessed on 2026-12-01
      Then AT-ARBVG-96A-1-2-APPRAISAL is not applicable

@us_ca
Feature: CCPA regulations of 2025 (11 CCR) — risk assessments
  From 1 January 2026 a CCPA business must complete a risk assessment before processing
  workers' sensitive personal information; processing begun earlier has until 31 December 2027.

  Background:
    Given an employer in California that monitors its employees
    And the description says:
      | field                               | value               |
      | monitoring.techniques               | [keystroke_logging] |
      | monitoring.captures_message_content | yes                 |
      | assessments.ca_risk_assessment.status | none              |

  @us_ca_cppa_7150_ra_spi
  Rule: US-CA-CPPA-7150-RA-SPI — a risk assessment comes before processing sensitive data

    Example: Before the regulations took effect
      Given the description says:
        | field                 | value      |
        | processing_started_on | 2024-05-01 |
      When the deployment is assessed on 2025-06-01
      Then US-CA-CPPA-7150-RA-SPI is upcoming

    Example: Keystroke capture that began in 2026 without an assessment
      Given the description says:
        | field                 | value      |
        | processing_started_on | 2026-03-01 |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-SPI is violation

    Example: Keystroke capture running since 2024 must be assessed by the end of 2027
      Given the description says:
        | field                 | value      |
        | processing_started_on | 2024-05-01 |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7150-RA-SPI is action required
      And US-CA-CPPA-7150-RA-SPI has the deadline 2027-12-31

    Example: An assessment has been completed
      Given the description says:
        | field                                       | value      |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-SPI is satisfied

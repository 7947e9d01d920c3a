@us_ca
Feature: California Fair Employment and Housing Act — automated-decision systems
  Since 1 Oct 2025 the Civil Rights Council's rules confirm that decisions made or facilitated by
  automated-decision systems must not discriminate, make anti-bias testing (or its absence)
  evidence, and keep ADS data among employment records for four years. They create no notice or
  opt-out duty.

  Background:
    Given an employer in California that monitors its employees

  @us_ca_feha_ads_discrim
  Rule: US-CA-FEHA-ADS-DISCRIM — automated decisions are tested for bias

    Example: Productivity scores feed discipline and were never tested for bias
      Given the description says:
        | field                 | value                                    |
        | monitoring.techniques | [productivity_scoring]                   |
        | monitoring.inferences | [performance]                            |
        | decisions             | [{type: discipline, bias_testing: none}] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-FEHA-ADS-DISCRIM is at risk

    Example: Scores are tested periodically and problems are fixed
      Given the description says:
        | field                 | value                                                         |
        | monitoring.techniques | [productivity_scoring]                                        |
        | monitoring.inferences | [performance]                                                 |
        | decisions             | [{type: discipline, bias_testing: periodic_with_remediation}] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-FEHA-ADS-DISCRIM is satisfied

    Example: The same facts before the rules took effect
      Given the description says:
        | field     | value                                    |
        | decisions | [{type: discipline, bias_testing: none}] |
      When the deployment is assessed on 2025-06-01
      Then US-CA-FEHA-ADS-DISCRIM is upcoming

  @us_ca_crc_ads_records_4y
  Rule: US-CA-CRC-ADS-RECORDS-4Y — ADS records are kept for four years

    Example: Scoring data is purged after two years
      Given the description says:
        | field                                  | value                     |
        | decisions                              | [{type: work_allocation}] |
        | assessments.ads_records_retention_years | 2                        |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CRC-ADS-RECORDS-4Y is action required

    Example: Scoring data is kept for four years
      Given the description says:
        | field                                  | value                     |
        | decisions                              | [{type: work_allocation}] |
        | assessments.ads_records_retention_years | 4                        |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CRC-ADS-RECORDS-4Y is satisfied

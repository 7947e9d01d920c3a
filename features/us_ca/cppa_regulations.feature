@us_ca
Feature: CCPA regulations of 2025 (11 CCR) — cybersecurity audits, risk assessments and ADMT
  The CPPA's regulations took effect on 1 January 2026. A CCPA business must complete a risk
  assessment before processing that triggers §7150(b); processing begun earlier has until
  31 December 2027, and information about the assessments goes to the CPPA by 1 April 2028.
  The ADMT rules apply from 1 January 2027, and only where technology replaces human judgment in
  a significant decision: logging keystrokes is never enough on its own.

  Background:
    Given an employer in California that monitors its employees

  Scenario: The same productivity-scoring deployment in 2025, 2026 and 2027
    Scores from app usage have fed promotions since 2024; managers see only the score.
    Given the description says:
      | field                                 | value                                                                                                                                                                                                                         |
      | processing_started_on                 | 2024-05-01                                                                                                                                                                                                                    |
      | monitoring.techniques                 | [app_usage, productivity_scoring]                                                                                                                                                                                             |
      | monitoring.inferences                 | [performance]                                                                                                                                                                                                                 |
      | assessments.ca_risk_assessment.status | none                                                                                                                                                                                                                          |
      | decisions                             | [{type: promotion, solely_automated: false, human_review: {interprets_output: true, reviews_other_information: false, authority_to_change: true}, admt_preuse_notice: false, admt_opt_out: none, admt_access_process: false}] |
    When the deployment is assessed on 2025-06-01
    Then US-CA-CPPA-7150-RA-OBSERVE is upcoming
    And US-CA-CPPA-7150-RA-OBSERVE applies from 2026-01-01
    And US-CA-CPPA-7221-OPTOUT is upcoming
    When the deployment is assessed on 2026-07-01
    Then US-CA-CPPA-7150-RA-OBSERVE is action required
    And US-CA-CPPA-7150-RA-OBSERVE has the deadline 2027-12-31
    And US-CA-CPPA-7150-RA-ADMT is action required
    And US-CA-CPPA-7157-RA-SUBMIT is action required
    And US-CA-CPPA-7157-RA-SUBMIT has the deadline 2028-04-01
    And US-CA-CPPA-7221-OPTOUT is upcoming
    And US-CA-CPPA-7221-OPTOUT applies from 2027-01-01
    And US-CA-CPPA-7150-RA-ADMT has the deadline 2027-12-31
    When the deployment is assessed on 2027-06-01
    Then US-CA-CPPA-7150-RA-OBSERVE is action required
    And US-CA-CPPA-7150-RA-OBSERVE has the deadline 2027-12-31
    And US-CA-CPPA-7157-RA-SUBMIT is action required
    And US-CA-CPPA-7157-RA-SUBMIT has the deadline 2028-04-01
    And US-CA-CPPA-7220-PREUSE-NOTICE is violation
    And US-CA-CPPA-7221-OPTOUT is violation
    And US-CA-CPPA-7222-ACCESS is action required
    When the deployment is assessed on 2028-02-01
    Then US-CA-CPPA-7150-RA-OBSERVE is violation

  @us_ca_cppa_7120_cyber_audit
  Rule: US-CA-CPPA-7120-CYBER-AUDIT — the annual cybersecurity audit covers the monitoring data

    Background:
      Given the description says:
        | field                                      | value        |
        | organisation.revenue_share_from_selling_pi | 0.6          |
        | security.access                            | need_to_know |
        | security.shared_accounts                   | false        |
        | security.access_logged                     | true         |

    Example: Before any audit period begins
      No business's first audit period starts before 1 January 2027.
      Given the description says:
        | field                           | value     |
        | organisation.annual_revenue_usd | 150000000 |
        | security.encrypted_at_rest      | false     |
      When the deployment is assessed on 2026-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is upcoming
      And US-CA-CPPA-7120-CYBER-AUDIT applies from 2027-01-01

    Example: Over $100m, the first audit period is already running in 2027
      The first report covers 1 January 2027 to 1 January 2028 and is due by 1 April 2028.
      Given the description says:
        | field                           | value     |
        | organisation.annual_revenue_usd | 150000000 |
        | security.encrypted_at_rest      | false     |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is action required
      And US-CA-CPPA-7120-CYBER-AUDIT has the deadline 2028-04-01

    Example: A $60m business with unencrypted captures has until 1 April 2029
      Its first audit covers 2028.
      Given the description says:
        | field                           | value    |
        | organisation.annual_revenue_usd | 60000000 |
        | security.encrypted_at_rest      | false    |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is action required
      And US-CA-CPPA-7120-CYBER-AUDIT has the deadline 2029-04-01
      When the deployment is assessed on 2028-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is action required
      And US-CA-CPPA-7120-CYBER-AUDIT has the deadline 2029-04-01

    Example: Encrypted, need-to-know and logged
      Given the description says:
        | field                           | value     |
        | organisation.annual_revenue_usd | 150000000 |
        | security.encrypted_at_rest      | true      |
      When the deployment is assessed on 2028-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is satisfied

    Example: Selling nothing does not settle the audit: customers count too
      Over the revenue threshold, the audit turns on how many Californians' data the business
      processed last year (250,000, or 50,000 for sensitive data), customers included, which the
      description does not record. Buying, selling or sharing no one's data does not answer it.
      Given the description says:
        | field                                                 | value     |
        | organisation.revenue_share_from_selling_pi            | 0         |
        | organisation.ca_consumers_bought_sold_shared_per_year | 0         |
        | organisation.annual_revenue_usd                       | 120000000 |
        | security.encrypted_at_rest                            | true      |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is needs information

    Example: Sixty thousand Californian drivers tracked by GPS reach the sensitive-data threshold
      Given the description says:
        | field                                      | value                                                               |
        | organisation.revenue_share_from_selling_pi | 0                                                                   |
        | organisation.annual_revenue_usd            | 150000000                                                           |
        | workforce                                  | [{country: US, region: US-CA, roles: [employee], headcount: 60000}] |
        | monitoring.techniques                      | [gps_vehicle]                                                       |
        | security.encrypted_at_rest                 | false                                                               |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is action required
      And US-CA-CPPA-7120-CYBER-AUDIT has the deadline 2028-04-01

    Example: Under the revenue threshold and selling little, no audit is needed
      Given the description says:
        | field                                                 | value    |
        | organisation.revenue_share_from_selling_pi            | 0.1      |
        | organisation.annual_revenue_usd                       | 20000000 |
        | organisation.ca_consumers_bought_sold_shared_per_year | 150000   |
      When the deployment is assessed on 2028-06-01
      Then US-CA-CPPA-7120-CYBER-AUDIT is not applicable

  @us_ca_cppa_7150_ra_sellshare
  Rule: US-CA-CPPA-7150-RA-SELLSHARE — a risk assessment comes before selling or sharing worker data

    Example: Sharing began in 2026 without an assessment
      Given the description says:
        | field                                 | value                          |
        | purposes                              | [it_security, sale_or_sharing] |
        | processing_started_on                 | 2026-03-01                     |
        | assessments.ca_risk_assessment.status | none                           |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-SELLSHARE is violation

    Example: An assessment has been completed
      Given the description says:
        | field                                       | value                          |
        | purposes                                    | [it_security, sale_or_sharing] |
        | assessments.ca_risk_assessment.status       | completed                      |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01                     |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-SELLSHARE is satisfied

  @us_ca_cppa_7150_ra_spi
  Rule: US-CA-CPPA-7150-RA-SPI — a risk assessment comes before processing sensitive data

    Background:
      Given the description says:
        | field                                 | value               |
        | monitoring.techniques                 | [keystroke_logging] |
        | monitoring.captures_message_content   | yes                 |
        | assessments.ca_risk_assessment.status | none                |

    Example: Before the regulations took effect
      Given the description says:
        | field                 | value      |
        | processing_started_on | 2024-05-01 |
      When the deployment is assessed on 2025-06-01
      Then US-CA-CPPA-7150-RA-SPI is upcoming

    Example: In 2025, keystroke capture planned to start in March 2026
      Given the description says:
        | field                 | value      |
        | processing_started_on | 2026-03-01 |
      When the deployment is assessed on 2025-06-01
      Then US-CA-CPPA-7150-RA-SPI is upcoming
      And US-CA-CPPA-7150-RA-SPI applies from 2026-01-01

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

    Example: The last day for assessing legacy processing, and the day after
      Given the description says:
        | field                 | value      |
        | processing_started_on | 2024-05-01 |
      When the deployment is assessed on 2027-12-31
      Then US-CA-CPPA-7150-RA-SPI is action required
      And US-CA-CPPA-7150-RA-SPI has the deadline 2027-12-31
      When the deployment is assessed on 2028-01-01
      Then US-CA-CPPA-7150-RA-SPI is violation

    Example: An assessment has been completed
      Given the description says:
        | field                                       | value      |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-SPI is satisfied

    Example: An assessment completed after the processing began is reported once, under §7155
      Given the description says:
        | field                                       | value      |
        | processing_started_on                       | 2026-04-21 |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2026-06-15 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-SPI is satisfied
      And US-CA-CPPA-7155-RA-TIMING is at risk

  @us_ca_cppa_7150_ra_admt
  Rule: US-CA-CPPA-7150-RA-ADMT — a risk assessment comes before ADMT makes significant decisions

    Example: Promotions decided by a score nobody reviews, since March 2026
      Given the description says:
        | field                                 | value                                       |
        | decisions                             | [{type: promotion, solely_automated: true}] |
        | processing_started_on                 | 2026-03-01                                  |
        | assessments.ca_risk_assessment.status | none                                        |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-ADMT is violation

    Example: A manager who weighs the score with other information decides
      Given the description says:
        | field     | value                                                                                                                                             |
        | decisions | [{type: promotion, solely_automated: false, human_review: {interprets_output: true, reviews_other_information: true, authority_to_change: true}}] |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-ADMT is not applicable

    Example: An assessment has been completed
      Given the description says:
        | field                                       | value                                       |
        | decisions                                   | [{type: promotion, solely_automated: true}] |
        | assessments.ca_risk_assessment.status       | completed                                   |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01                                  |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-ADMT is satisfied

  @us_ca_cppa_7150_ra_observe
  Rule: US-CA-CPPA-7150-RA-OBSERVE — a risk assessment comes before inferring performance from systematic observation

    Example: Productivity scores from app usage, new in 2026, without an assessment
      Given the description says:
        | field                                 | value                             |
        | monitoring.techniques                 | [app_usage, productivity_scoring] |
        | monitoring.inferences                 | [performance]                     |
        | processing_started_on                 | 2026-03-01                        |
        | assessments.ca_risk_assessment.status | none                              |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-OBSERVE is violation

    Example: Collection with nothing inferred
      Given the description says:
        | field                 | value               |
        | monitoring.techniques | [keystroke_logging] |
        | monitoring.inferences | []                  |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-OBSERVE is not applicable

    Example: An assessment has been completed
      Given the description says:
        | field                                       | value                             |
        | monitoring.techniques                       | [app_usage, productivity_scoring] |
        | monitoring.inferences                       | [performance]                     |
        | assessments.ca_risk_assessment.status       | completed                         |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01                        |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-OBSERVE is satisfied

  @us_ca_cppa_7150_ra_sensloc
  Rule: US-CA-CPPA-7150-RA-SENSLOC — a risk assessment comes before inferences from sensitive locations

    Example: Phone location used to infer clinic visits, running since 2024
      Given the description says:
        | field                                 | value        |
        | monitoring.techniques                 | [gps_device] |
        | monitoring.inferences                 | [health]     |
        | processing_started_on                 | 2024-05-01   |
        | assessments.ca_risk_assessment.status | in_progress  |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7150-RA-SENSLOC is action required
      And US-CA-CPPA-7150-RA-SENSLOC has the deadline 2027-12-31

    Example: An assessment has been completed
      Given the description says:
        | field                                       | value        |
        | monitoring.techniques                       | [gps_device] |
        | monitoring.inferences                       | [health]     |
        | assessments.ca_risk_assessment.status       | completed    |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01   |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-SENSLOC is satisfied

  @us_ca_cppa_7150_ra_train
  Rule: US-CA-CPPA-7150-RA-TRAIN — a risk assessment comes before training biometric or decision-making technology

    Example: Worker data trains an identity-verification model without an assessment
      Given the description says:
        | field                                 | value                |
        | ai_training.uses_monitoring_data      | true                 |
        | ai_training.model_purpose             | biometric_or_emotion |
        | processing_started_on                 | 2026-03-01           |
        | assessments.ca_risk_assessment.status | none                 |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-TRAIN is violation

    Example: Training a general computer-use agent is not this trigger
      Given the description says:
        | field                            | value                    |
        | ai_training.uses_monitoring_data | true                     |
        | ai_training.model_purpose        | general_agent_or_product |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7150-RA-TRAIN is not applicable

    Example: An assessment has been completed
      Given the description says:
        | field                                       | value                |
        | ai_training.uses_monitoring_data            | true                 |
        | ai_training.model_purpose                   | biometric_or_emotion |
        | assessments.ca_risk_assessment.status       | completed            |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01           |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7150-RA-TRAIN is satisfied

  @us_ca_cppa_7151_stakeholders
  Rule: US-CA-CPPA-7151-STAKEHOLDERS — staff who run the processing take part in the assessment

    Background:
      Given the description says:
        | field                               | value               |
        | monitoring.techniques               | [keystroke_logging] |
        | monitoring.captures_message_content | true                |

    Example: No assessment has been started
      Given the description says:
        | field                                 | value |
        | assessments.ca_risk_assessment.status | none  |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7151-STAKEHOLDERS is action required

    Example: The assessment is still being written: who takes part cannot be recorded, so it is a reminder
      Given the description says:
        | field                                 | value       |
        | assessments.ca_risk_assessment.status | in_progress |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7151-STAKEHOLDERS is satisfied

    Example: The assessment is complete
      Given the description says:
        | field                                       | value      |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7151-STAKEHOLDERS is satisfied

  @us_ca_cppa_7152_ra_content
  Rule: US-CA-CPPA-7152-RA-CONTENT — the assessment weighs benefits and harms and decides

    Background:
      Given the description says:
        | field                                       | value               |
        | monitoring.techniques                       | [keystroke_logging] |
        | monitoring.captures_message_content         | true                |
        | assessments.ca_risk_assessment.status       | completed           |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01          |

    Example: No conclusion on the balance
      Given the description says:
        | field                                     | value        |
        | assessments.ca_risk_assessment.conclusion | undetermined |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7152-RA-CONTENT is action required

    Example: Benefits found to outweigh the risks
      Given the description says:
        | field                                     | value             |
        | assessments.ca_risk_assessment.conclusion | benefits_outweigh |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7152-RA-CONTENT is satisfied

  @us_ca_cppa_7154_ra_outcome
  Rule: US-CA-CPPA-7154-RA-OUTCOME — processing whose risks outweigh its benefits is restricted

    Background:
      Given the description says:
        | field                                       | value               |
        | monitoring.techniques                       | [keystroke_logging] |
        | monitoring.captures_message_content         | true                |
        | assessments.ca_risk_assessment.status       | completed           |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01          |

    Example: The business goes ahead anyway
      Given the description says:
        | field                                     | value          |
        | assessments.ca_risk_assessment.conclusion | risks_outweigh |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7154-RA-OUTCOME is at risk

    Example: Benefits outweigh the risks
      Given the description says:
        | field                                     | value             |
        | assessments.ca_risk_assessment.conclusion | benefits_outweigh |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7154-RA-OUTCOME is satisfied

  @us_ca_cppa_7155_ra_timing
  Rule: US-CA-CPPA-7155-RA-TIMING — the assessment comes first and is reviewed at least every three years

    Background:
      Given the description says:
        | field                                       | value               |
        | monitoring.techniques                       | [keystroke_logging] |
        | monitoring.captures_message_content         | true                |
        | assessments.ca_risk_assessment.status       | completed           |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01          |

    Example: Three years on, never reviewed
      Given the description says:
        | field                                           | value      |
        | assessments.ca_risk_assessment.last_reviewed_on | 2026-02-01 |
      When the deployment is assessed on 2029-09-01
      Then US-CA-CPPA-7155-RA-TIMING is action required

    Example: Reviewed in December 2028
      Given the description says:
        | field                                           | value      |
        | assessments.ca_risk_assessment.last_reviewed_on | 2028-12-01 |
      When the deployment is assessed on 2029-09-01
      Then US-CA-CPPA-7155-RA-TIMING is satisfied

    Example: The date of the last review is not known
      When the deployment is assessed on 2029-09-01
      Then US-CA-CPPA-7155-RA-TIMING is needs information
      And US-CA-CPPA-7155-RA-TIMING asks "assessments.ca_risk_assessment.last_reviewed_on"

    Example: Keystroke capture began on 21 April 2026, the assessment followed on 15 June
      The weeks between were a breach of §7155(a)(1); the finding stays after the assessment.
      Given the description says:
        | field                                       | value      |
        | processing_started_on                       | 2026-04-21 |
        | assessments.ca_risk_assessment.completed_on | 2026-06-15 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7155-RA-TIMING is at risk
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7155-RA-TIMING is at risk

    Example: Assessed six days before the processing began
      Given the description says:
        | field                                       | value      |
        | processing_started_on                       | 2026-04-21 |
        | assessments.ca_risk_assessment.completed_on | 2026-04-15 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7155-RA-TIMING is satisfied

    Example: Processing running since 2024, assessed only in March 2028
      Given the description says:
        | field                                       | value      |
        | processing_started_on                       | 2024-05-01 |
        | assessments.ca_risk_assessment.completed_on | 2028-03-01 |
      When the deployment is assessed on 2028-06-01
      Then US-CA-CPPA-7155-RA-TIMING is at risk

  @us_ca_cppa_7156_ra_reuse
  Rule: US-CA-CPPA-7156-RA-REUSE — an existing GDPR DPIA is adapted rather than duplicated

    Background:
      Given the description says:
        | field                               | value               |
        | monitoring.techniques               | [keystroke_logging] |
        | monitoring.captures_message_content | true                |
        | assessments.dpia.status             | completed           |
        | organisation.establishments         | [US, IE]            |

    Example: Only the DPIA exists
      Given the description says:
        | field                                 | value |
        | assessments.ca_risk_assessment.status | none  |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7156-RA-REUSE is action required

    Example: The DPIA was supplemented and adopted
      Given the description says:
        | field                                       | value      |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7156-RA-REUSE is satisfied

    Example: A US-only employer is not asked about a GDPR DPIA
      Given the description says:
        | field                                 | value |
        | organisation.establishments           | [US]  |
        | ai_systems                            | []    |
        | assessments.ca_risk_assessment.status | none  |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7156-RA-REUSE is not applicable

  @us_ca_cppa_7157_ra_submit
  Rule: US-CA-CPPA-7157-RA-SUBMIT — assessment information reaches the CPPA by 1 April

    Background:
      Given the description says:
        | field                               | value               |
        | monitoring.techniques               | [keystroke_logging] |
        | monitoring.captures_message_content | true                |

    Example: A 2026 assessment is due at the CPPA by 1 April 2028
      Given the description says:
        | field                                       | value      |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CPPA-7157-RA-SUBMIT is action required
      And US-CA-CPPA-7157-RA-SUBMIT has the deadline 2028-04-01
      When the deployment is assessed on 2028-06-01
      Then US-CA-CPPA-7157-RA-SUBMIT is satisfied

    Example: An assessment from December 2025 is checked against §7152 and reported by 1 April 2028
      Given the description says:
        | field                                       | value      |
        | processing_started_on                       | 2025-09-01 |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2025-12-15 |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7157-RA-SUBMIT is action required
      And US-CA-CPPA-7157-RA-SUBMIT has the deadline 2028-04-01

    Example: A 2028 assessment is due at the CPPA by 1 April 2029
      Given the description says:
        | field                                       | value      |
        | processing_started_on                       | 2028-08-01 |
        | assessments.ca_risk_assessment.status       | completed  |
        | assessments.ca_risk_assessment.completed_on | 2028-07-01 |
      When the deployment is assessed on 2028-09-01
      Then US-CA-CPPA-7157-RA-SUBMIT is action required
      And US-CA-CPPA-7157-RA-SUBMIT has the deadline 2029-04-01

    Example: No assessment, so nothing could be filed by 1 April 2028
      Given the description says:
        | field                                 | value |
        | assessments.ca_risk_assessment.status | none  |
      When the deployment is assessed on 2028-06-01
      Then US-CA-CPPA-7157-RA-SUBMIT is violation

  @us_ca_cppa_7220_preuse_notice
  Rule: US-CA-CPPA-7220-PREUSE-NOTICE — a pre-use notice comes before ADMT decides

    Example: Automated promotions and no notice, in 2026 and in 2027
      Given the description says:
        | field     | value                                                                  |
        | decisions | [{type: promotion, solely_automated: true, admt_preuse_notice: false}] |
      When the deployment is assessed on 2026-07-01
      Then US-CA-CPPA-7220-PREUSE-NOTICE is upcoming
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7220-PREUSE-NOTICE is violation

    Example: The notice was given
      Given the description says:
        | field     | value                                                                 |
        | decisions | [{type: promotion, solely_automated: true, admt_preuse_notice: true}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7220-PREUSE-NOTICE is satisfied

    Example: Written warnings are not significant decisions
      Given the description says:
        | field     | value                                                                   |
        | decisions | [{type: discipline, solely_automated: true, admt_preuse_notice: false}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7220-PREUSE-NOTICE is not applicable

  @us_ca_cppa_7221_optout
  Rule: US-CA-CPPA-7221-OPTOUT — workers can opt out of ADMT unless a fitting exception applies

    Example: Logging keystrokes alone never calls for an ADMT opt-out
      Given the description says:
        | field                        | value               |
        | monitoring.techniques        | [keystroke_logging] |
        | monitoring.keystroke_capture | full_content        |
        | decisions                    | []                  |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7221-OPTOUT is not applicable

    Example: Automated terminations with no opt-out
      Given the description says:
        | field     | value                                                                                 |
        | decisions | [{type: demotion_suspension_termination, solely_automated: true, admt_opt_out: none}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7221-OPTOUT is violation

    Example: The hiring exception cannot cover terminations
      Given the description says:
        | field     | value                                                                                             |
        | decisions | [{type: demotion_suspension_termination, solely_automated: true, admt_opt_out: exception_hiring}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7221-OPTOUT is violation

    Example: Shift allocation relies on its exception without bias testing
      Given the description says:
        | field     | value                                                                                                                  |
        | decisions | [{type: work_allocation, solely_automated: true, admt_opt_out: exception_allocation_compensation, bias_testing: none}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7221-OPTOUT is at risk

    Example: Terminations can be appealed to a human
      Given the description says:
        | field     | value                                                                                                                          |
        | decisions | [{type: demotion_suspension_termination, solely_automated: true, admt_opt_out: exception_human_appeal, contest_channel: true}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7221-OPTOUT is satisfied

  @us_ca_cppa_7222_access
  Rule: US-CA-CPPA-7222-ACCESS — workers can learn the purpose, logic and outcome of ADMT decisions

    Example: No way to ask how the score decided a bonus
      Given the description says:
        | field     | value                                                                      |
        | decisions | [{type: compensation, solely_automated: true, admt_access_process: false}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7222-ACCESS is action required

    Example: An access process is in place
      Given the description says:
        | field     | value                                                                     |
        | decisions | [{type: compensation, solely_automated: true, admt_access_process: true}] |
      When the deployment is assessed on 2027-06-01
      Then US-CA-CPPA-7222-ACCESS is satisfied

@us_ca
Feature: California Consumer Privacy Act — Civil Code §1798.100 et seq.
  Since 1 January 2023 the CCPA protects workers who live in California, when their employer is
  a for-profit "business" above the statutory thresholds. Residence decides, not the place of
  work; nonprofits and public bodies are outside the Act (only the security duty of §1798.81.5
  reaches nonprofits, and only for the data it lists).

  Background:
    Given an employer in California that monitors its employees

  @us_ca_ccpa_100_notice
  Rule: US-CA-CCPA-100-NOTICE — workers get a notice at or before collection

    Example: Collection has been running without any notice
      Given the description says:
        | field                      | value      |
        | processing_started_on      | 2026-03-01 |
        | monitoring.covert          | overt      |
        | transparency.notice        | none       |
        | transparency.notice_covers | []         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is violation

    Example: The same gap before collection starts can still be fixed in time
      Given the description says:
        | field                      | value      |
        | processing_started_on      | 2027-03-01 |
        | monitoring.covert          | overt      |
        | transparency.notice        | none       |
        | transparency.notice_covers | []         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is action required

    Example: Collection has been running under a notice that is silent on retention and sale
      Given the description says:
        | field                               | value                       |
        | processing_started_on               | 2026-04-21                  |
        | monitoring.covert                   | overt                       |
        | monitoring.captures_message_content | no                          |
        | monitoring.credentials_captured     | not_captured                |
        | monitoring.inferences               | []                          |
        | transparency.notice                 | at_collection               |
        | transparency.notice_covers          | [data_categories, purposes] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is violation

    Example: A complete notice at collection
      Given the description says:
        | field                           | value                                              |
        | monitoring.covert               | overt                                              |
        | monitoring.captures_message_content | no                                             |
        | monitoring.credentials_captured | not_captured                                       |
        | monitoring.inferences           | []                                                 |
        | transparency.notice             | at_collection                                      |
        | transparency.notice_covers      | [data_categories, purposes, sold_shared, retention] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is satisfied

    Example: A nonprofit is not a CCPA business
      Given the description says:
        | field                  | value     |
        | organisation.legal_form | nonprofit |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is not applicable

    Example: The revenue threshold moved with inflation on 1 January 2025
      Given the description says:
        | field                                               | value    |
        | organisation.annual_revenue_usd                     | 26000000 |
        | organisation.ca_consumers_bought_sold_shared_per_year | 2000   |
        | organisation.revenue_share_from_selling_pi          | 0        |
        | processing_started_on                               | 2026-03-01 |
        | monitoring.covert                                   | overt    |
        | transparency.notice                                 | none     |
      When the deployment is assessed on 2024-12-01
      Then US-CA-CCPA-100-NOTICE is action required
      When the deployment is assessed on 2025-06-01
      Then US-CA-CCPA-100-NOTICE is not applicable

    Example: Workers who live in California are covered even when they work in Nevada
      Given the description says:
        | field                      | value |
        | workforce[0].region        | US-NV |
        | workforce[0].residence     | US-CA |
        | monitoring.covert          | overt |
        | transparency.notice        | none  |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is violation

  @us_ca_ccpa_100_new_purpose
  Rule: US-CA-CCPA-100-NEW-PURPOSE — reuse for AI training needs notice, and consent where workers would not expect it

    Example: Security recordings reused to train agents without consent
      Given the description says:
        | field                                   | value                            |
        | purposes                                | [it_security, ai_model_training] |
        | original_purposes                       | [it_security]                    |
        | ai_training.uses_monitoring_data        | true                             |
        | ai_training.new_purpose_consent_obtained | false                           |
        | monitoring.covert                       | overt                            |
        | transparency.notice                     | at_collection                    |
        | transparency.notice_covers              | [purposes, ai_training]          |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NEW-PURPOSE is at risk

    Example: The notice does not mention AI training
      Given the description says:
        | field                                   | value                            |
        | purposes                                | [it_security, ai_model_training] |
        | original_purposes                       | [it_security]                    |
        | ai_training.uses_monitoring_data        | true                             |
        | ai_training.new_purpose_consent_obtained | true                            |
        | monitoring.covert                       | overt                            |
        | transparency.notice                     | at_collection                    |
        | transparency.notice_covers              | [purposes]                       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NEW-PURPOSE is action required

    Example: Training was announced when the data was collected
      Given the description says:
        | field                                   | value                            |
        | purposes                                | [it_security, ai_model_training] |
        | original_purposes                       | [it_security, ai_model_training] |
        | ai_training.uses_monitoring_data        | true                             |
        | ai_training.new_purpose_consent_obtained | false                           |
        | monitoring.covert                       | overt                            |
        | transparency.notice                     | at_collection                    |
        | transparency.notice_covers              | [purposes, ai_training]          |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NEW-PURPOSE is satisfied

  @us_ca_ccpa_100_retention
  Rule: US-CA-CCPA-100-RETENTION — each category has a disclosed, necessary retention period

    Example: Keystrokes kept forever
      Given the description says:
        | field                            | value                           |
        | monitoring.techniques            | [keystroke_logging, screenshots] |
        | ai_training.uses_monitoring_data | false                           |
        | transparency.notice_covers       | [purposes, retention]           |
        | retention.days.keystrokes        | indefinite                      |
        | retention.days.screenshots       | 30                              |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-RETENTION is action required

    Example: Screenshots kept for two years
      Given the description says:
        | field                            | value                           |
        | monitoring.techniques            | [keystroke_logging, screenshots] |
        | ai_training.uses_monitoring_data | false                           |
        | transparency.notice_covers       | [purposes, retention]           |
        | retention.days.keystrokes        | 90                              |
        | retention.days.screenshots       | 730                             |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-RETENTION is at risk

    Example: Short, disclosed periods
      Given the description says:
        | field                            | value                           |
        | monitoring.techniques            | [keystroke_logging, screenshots] |
        | ai_training.uses_monitoring_data | false                           |
        | transparency.notice_covers       | [purposes, retention]           |
        | retention.days.keystrokes        | 90                              |
        | retention.days.screenshots       | 30                              |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-RETENTION is satisfied

  @us_ca_ccpa_100c_proportionality
  Rule: US-CA-CCPA-100C-PROPORTIONALITY — collection is reasonably necessary and proportionate

    Background:
      Given the description says:
        | field                                 | value                          |
        | monitoring.techniques                 | [app_usage, keystroke_logging] |
        | monitoring.captures_personal_accounts | false                          |
        | monitoring.time_scope                 | working_time_only              |
        | monitoring.application_scope          | work_apps_only                 |
        | purposes                              | [productivity_measurement]     |

    Example: Everything typed is recorded to score productivity
      Given the description says:
        | field                       | value        |
        | monitoring.keystroke_capture | full_content |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100C-PROPORTIONALITY is at risk

    Example: Keystroke counts in work applications only
      Given the description says:
        | field                       | value         |
        | monitoring.keystroke_capture | metadata_only |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100C-PROPORTIONALITY is satisfied

    Example: Whether monitoring runs after hours is not known
      Given the description says:
        | field                       | value         |
        | monitoring.keystroke_capture | metadata_only |
        | monitoring.time_scope       |               |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100C-PROPORTIONALITY is needs information
      And US-CA-CCPA-100C-PROPORTIONALITY asks "monitoring.time_scope"

    Example: In-cab cameras also record what drivers say
      Given the description says:
        | field                        | value                                  |
        | monitoring.techniques        | [vehicle_inward_camera, gps_vehicle]   |
        | monitoring.keystroke_capture | none                                   |
        | monitoring.audio_recorded    | true                                   |
        | purposes                     | [health_and_safety]                    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100C-PROPORTIONALITY is at risk

    Example: The same cameras without sound
      Given the description says:
        | field                        | value                                  |
        | monitoring.techniques        | [vehicle_inward_camera, gps_vehicle]   |
        | monitoring.keystroke_capture | none                                   |
        | monitoring.audio_recorded    | false                                  |
        | purposes                     | [health_and_safety]                    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100C-PROPORTIONALITY is satisfied

  @us_ca_ccpa_100d_contracts
  Rule: US-CA-CCPA-100D-CONTRACTS — recipients get data only under a CCPA-compliant contract

    Example: The analytics vendor has no CCPA terms
      Given the description says:
        | field                                   | value                                                                          |
        | recipients                              | [{name: Analytics vendor, role: service_provider, contract_compliant: false}] |
        | security.who_sees_individual_data       | [it_security, vendor]                                                          |
        | assessments.processor_contracts         | false                                                                          |
        | ai_training.vendor_trains_own_models    | false                                                                          |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100D-CONTRACTS is action required

    Example: The vendor trains its own models on worker data
      Given the description says:
        | field                                   | value                                                                         |
        | recipients                              | [{name: Analytics vendor, role: service_provider, contract_compliant: true}] |
        | security.who_sees_individual_data       | [it_security, vendor]                                                         |
        | ai_training.vendor_trains_own_models    | true                                                                          |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100D-CONTRACTS is at risk

    Example: A service-provider contract with the required terms
      Given the description says:
        | field                                   | value                                                                         |
        | recipients                              | [{name: Analytics vendor, role: service_provider, contract_compliant: true}] |
        | security.who_sees_individual_data       | [it_security, vendor]                                                         |
        | ai_training.vendor_trains_own_models    | false                                                                         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100D-CONTRACTS is satisfied

  @us_ca_ccpa_100e_security
  Rule: US-CA-CCPA-100E-SECURITY — stored captures have reasonable security

    Background:
      Given the description says:
        | field                      | value                    |
        | monitoring.techniques      | [app_usage, screenshots] |
        | security.access            | need_to_know             |
        | security.shared_accounts   | false                    |
        | security.encrypted_at_rest | true                     |
        | security.access_logged     | true                     |

    Example: Every manager can browse the screenshots
      Given the description says:
        | field           | value |
        | security.access | broad |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100E-SECURITY is action required

    Example: A nonprofit keeps screenshots of every application unencrypted
      Given the description says:
        | field                        | value     |
        | organisation.legal_form      | nonprofit |
        | monitoring.application_scope | all       |
        | security.encrypted_at_rest   | false     |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100E-SECURITY is action required

    Example: A nonprofit that keeps only keystroke counts is outside §1798.81.5
      Given the description says:
        | field                           | value                          |
        | organisation.legal_form         | nonprofit                      |
        | monitoring.techniques           | [app_usage, keystroke_logging] |
        | monitoring.keystroke_capture    | metadata_only                  |
        | monitoring.credentials_captured | not_captured                   |
        | security.encrypted_at_rest      | false                          |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100E-SECURITY is not applicable

    Example: Need-to-know access, encryption and access logs
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100E-SECURITY is satisfied

  @us_ca_ccpa_105_110_rights
  Rule: US-CA-CCPA-105-110-RIGHTS — workers can know, correct and delete their data

    Example: No request process
      Given the description says:
        | field                             | value |
        | transparency.access_request_process | false |
        | ai_training.uses_monitoring_data  | false |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-105-110-RIGHTS is action required

    Example: Trained models were never assessed for deletion requests
      Given the description says:
        | field                             | value |
        | transparency.access_request_process | true |
        | ai_training.uses_monitoring_data  | true  |
        | ai_training.anonymity_assessed    | false |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-105-110-RIGHTS is at risk

    Example: A request process and no training use
      Given the description says:
        | field                             | value |
        | transparency.access_request_process | true |
        | ai_training.uses_monitoring_data  | false |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-105-110-RIGHTS is satisfied

  @us_ca_ccpa_120_sale_share
  Rule: US-CA-CCPA-120-SALE-SHARE — sale or sharing is disclosed and workers can opt out

    Example: Careers-site pixels share applicants' data without disclosure
      Given the description says:
        | field                        | value                                                                |
        | recipients                   | [{name: Ad network, role: third_party, contract_compliant: true}]   |
        | transparency.notice_covers   | [purposes]                                                           |
        | transparency.objection_mechanism | true                                                             |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-120-SALE-SHARE is action required

    Example: Disclosed, with an opt-out
      Given the description says:
        | field                        | value                          |
        | purposes                     | [it_security, sale_or_sharing] |
        | transparency.notice_covers   | [purposes, sold_shared]        |
        | transparency.objection_mechanism | true                       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-120-SALE-SHARE is satisfied

    Example: Nothing is sold or shared
      Given the description says:
        | field      | value         |
        | purposes   | [it_security] |
        | recipients | []            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-120-SALE-SHARE is not applicable

  @us_ca_ccpa_121_limit
  Rule: US-CA-CCPA-121-LIMIT — workers can limit sensitive data used beyond the permitted purposes

    Example: Captured messages train a general computer-use agent and there is no opt-out
      Sensitive data is used beyond the permitted purposes, but nothing infers characteristics
      about the workers: whether the §1798.121(d) exclusion applies is unsettled.
      Given the description says:
        | field                                  | value                            |
        | purposes                               | [it_security, ai_model_training] |
        | ai_training.uses_monitoring_data       | true                             |
        | ai_training.sensitive_content_filtered | false                            |
        | ai_training.model_purpose              | general_agent_or_product         |
        | ai_systems                             | []                               |
        | monitoring.techniques                  | [keystroke_logging]              |
        | monitoring.captures_message_content    | true                             |
        | monitoring.inferences                  | []                               |
        | transparency.right_to_limit_offered    | false                            |
        | transparency.notice_covers             | [purposes]                       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-121-LIMIT is at risk

    Example: Chat messages and reliability scores in one running deployment, with no right to limit
      Whether the message text itself feeds the scores cannot be told, so this is a duty to act, not a proven breach.
      Given the description says:
        | field                               | value                                  |
        | processing_started_on               | 2026-03-01                             |
        | purposes                            | [performance_evaluation]               |
        | ai_training.uses_monitoring_data    | false                                  |
        | monitoring.techniques               | [chat_monitoring, productivity_scoring] |
        | monitoring.captures_message_content | true                                   |
        | monitoring.inferences               | [reliability, performance]             |
        | transparency.right_to_limit_offered | false                                  |
        | transparency.notice_covers          | [purposes]                             |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-121-LIMIT is action required

    Example: The same scoring, planned but not yet running
      Given the description says:
        | field                               | value                                  |
        | processing_started_on               | 2027-03-01                             |
        | purposes                            | [performance_evaluation]               |
        | ai_training.uses_monitoring_data    | false                                  |
        | monitoring.techniques               | [chat_monitoring, productivity_scoring] |
        | monitoring.captures_message_content | true                                   |
        | monitoring.inferences               | [reliability, performance]             |
        | transparency.right_to_limit_offered | false                                  |
        | transparency.notice_covers          | [purposes]                             |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-121-LIMIT is action required

    Example: The right to limit is announced and offered
      Given the description says:
        | field                                  | value                            |
        | purposes                               | [it_security, ai_model_training] |
        | ai_training.uses_monitoring_data       | true                             |
        | ai_training.sensitive_content_filtered | false                            |
        | monitoring.techniques                  | [keystroke_logging]              |
        | monitoring.captures_message_content    | true                             |
        | transparency.right_to_limit_offered    | true                             |
        | transparency.notice_covers             | [purposes, right_to_limit]       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-121-LIMIT is satisfied

    Example: Typing rhythm counts as sensitive only when it is used to identify people
      Given the description says:
        | field                                  | value                            |
        | purposes                               | [it_security, ai_model_training] |
        | ai_training.uses_monitoring_data       | true                             |
        | ai_training.sensitive_content_filtered | false                            |
        | ai_training.model_purpose              | general_agent_or_product         |
        | ai_systems                             | []                               |
        | monitoring.techniques                  | [keystroke_dynamics]             |
        | monitoring.credentials_captured        | not_captured                     |
        | monitoring.captures_message_content    | false                            |
        | monitoring.inferences                  | []                               |
        | transparency.right_to_limit_offered    | false                            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-121-LIMIT is not applicable
      Given the description says:
        | field                     | value                |
        | ai_training.model_purpose | biometric_or_emotion |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-121-LIMIT is at risk

  @us_ca_ccpa_125_nonretaliation
  Rule: US-CA-CCPA-125-NONRETALIATION — no one is disadvantaged for exercising CCPA rights

    Example: A worker is demoted after opting out of automated decisions
      Given the description says:
        | field                                      | value          |
        | labour_relations.adverse_actions_linked_to | [admt_opt_out] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-125-NONRETALIATION is violation

    Example: No adverse action is linked to rights requests
      Given the description says:
        | field                                      | value |
        | labour_relations.adverse_actions_linked_to | []    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-125-NONRETALIATION is satisfied

  @us_ca_ccpa_130_privacy_policy
  Rule: US-CA-CCPA-130-PRIVACY-POLICY — the privacy policy is updated every 12 months

    Example: The policy is more than a year old
      Given the description says:
        | field                             | value |
        | transparency.privacy_policy_current | false |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-130-PRIVACY-POLICY is action required

    Example: The policy was updated this year
      Given the description says:
        | field                             | value |
        | transparency.privacy_policy_current | true |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-130-PRIVACY-POLICY is satisfied

  @us_ca_ccpa_150_breach
  Rule: US-CA-CCPA-150-BREACH — captured credentials and biometrics are secured against breach claims

    Background:
      Given the description says:
        | field                           | value               |
        | monitoring.techniques           | [keystroke_logging] |
        | monitoring.credentials_captured | captured            |
        | security.access                 | need_to_know        |
        | security.shared_accounts        | false               |

    Example: A keylogger stores passwords unencrypted
      Given the description says:
        | field                      | value |
        | security.encrypted_at_rest | false |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-150-BREACH is action required

    Example: The e-mail-and-password limb began in 2023
      Before 2023 stored passwords alone founded no claim, but a store of everything typed
      already held the identity, account and health data that did.
      Given the description says:
        | field                        | value        |
        | monitoring.keystroke_capture | full_content |
        | security.encrypted_at_rest   | false        |
        | processing_started_on        | 2021-03-01   |
      When the deployment is assessed on 2022-06-01
      Then US-CA-CCPA-150-BREACH is at risk
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-150-BREACH is action required

    Example: Captured credentials are encrypted and held tightly
      Given the description says:
        | field                      | value |
        | security.encrypted_at_rest | true  |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-150-BREACH is satisfied

    Example: Passwords are masked but everything else typed is kept
      Given the description says:
        | field                           | value        |
        | monitoring.credentials_captured | masked       |
        | monitoring.keystroke_capture    | full_content |
        | security.encrypted_at_rest      | false        |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-150-BREACH is at risk

    Example: Screens of every application open to broad access, passwords masked
      Given the description says:
        | field                           | value                            |
        | monitoring.techniques           | [keystroke_logging, screenshots] |
        | monitoring.credentials_captured | masked                           |
        | monitoring.keystroke_capture    | full_content                     |
        | monitoring.application_scope    | all                              |
        | security.access                 | broad                            |
        | security.encrypted_at_rest      | true                             |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-150-BREACH is at risk

    Example: Only keystroke counts are kept
      Given the description says:
        | field                           | value         |
        | monitoring.credentials_captured | not_captured  |
        | monitoring.keystroke_capture    | metadata_only |
        | security.encrypted_at_rest      | false         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-150-BREACH is not applicable

  @us_ca_ccpa_155_fines
  Rule: US-CA-CCPA-155-FINES — facts that point to the higher fine tier for intentional violations
    A fine tier is not a duty that can be met: the entry is shown only when something points to
    the higher tier.

    Example: Retaliation for a rights request
      Given the description says:
        | field                                      | value            |
        | labour_relations.adverse_actions_linked_to | [rights_request] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-155-FINES is at risk

    Example: Going ahead against the business's own risk assessment
      Given the description says:
        | field                                       | value          |
        | labour_relations.adverse_actions_linked_to  | []             |
        | assessments.ca_risk_assessment.status       | completed      |
        | assessments.ca_risk_assessment.completed_on | 2026-02-01     |
        | assessments.ca_risk_assessment.conclusion   | risks_outweigh |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-155-FINES is at risk

    Example: Nothing suggests intent
      Given the description says:
        | field                                      | value |
        | labour_relations.adverse_actions_linked_to | []    |
        | assessments.ca_risk_assessment.status      | none  |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-155-FINES is not applicable

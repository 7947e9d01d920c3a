@eu
Feature: GDPR — Regulation (EU) 2016/679, applied to monitoring at work
  An employer that monitors people working in the EEA is bound by the GDPR. These examples
  state, for each requirement, what the checker concludes from a deployment's facts.

  Background:
    Given an employer in Ireland that monitors its employees

  @eu_gdpr_5_1_a_fair_transp
  Rule: EU-GDPR-5-1-A-FAIR-TRANSP — monitoring is open and within workers' reasonable expectations

    Example: Secret monitoring of all staff
      Given the description says:
        | field             | value   |
        | monitoring.covert | general |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-A-FAIR-TRANSP is action required

    Example: Announced monitoring that keeps running after work
      Given the description says:
        | field                 | value             |
        | monitoring.covert     | overt             |
        | monitoring.time_scope | always_on         |
        | transparency.notice   | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-A-FAIR-TRANSP is at risk

    Example: Announced monitoring limited to working time and work accounts
      Given the description says:
        | field                                 | value             |
        | monitoring.covert                     | overt             |
        | monitoring.time_scope                 | working_time_only |
        | monitoring.captures_personal_accounts | no                |
        | monitoring.video_locations            | []                |
        | transparency.notice                   | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-A-FAIR-TRANSP is satisfied

  @eu_gdpr_5_1_b_purpose
  Rule: EU-GDPR-5-1-B-PURPOSE — monitoring data is used only for announced or compatible purposes

    Example: Security logs reused to train AI without a compatibility assessment
      Given the description says:
        | field                                | value                            |
        | purposes                             | [it_security, ai_model_training] |
        | original_purposes                    | [it_security]                    |
        | legal_basis.compatibility_assessment | no                               |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-B-PURPOSE is action required

    Example: Data used only for the security purpose announced at collection
      Given the description says:
        | field             | value         |
        | purposes          | [it_security] |
        | original_purposes | [it_security] |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-B-PURPOSE is satisfied

  @eu_gdpr_5_1_c_minimisation
  Rule: EU-GDPR-5-1-C-MINIMISATION — only the data needed for each purpose is collected

    Example: Recording everything employees type is a proportionality problem
      Given the description says:
        | field                                           | value             |
        | monitoring.techniques                           | [keystroke_logging] |
        | monitoring.keystroke_capture                    | full_content      |
        | monitoring.less_intrusive_alternatives_assessed | yes               |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-C-MINIMISATION is at risk

    Example: Application usage during working time, with alternatives assessed
      Given the description says:
        | field                                           | value             |
        | monitoring.techniques                           | [app_usage]       |
        | monitoring.keystroke_capture                    | none              |
        | monitoring.credentials_captured                 | not_captured      |
        | monitoring.captures_personal_accounts           | no                |
        | monitoring.time_scope                           | working_time_only |
        | monitoring.less_intrusive_alternatives_assessed | yes               |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-C-MINIMISATION is satisfied

  @eu_gdpr_5_1_e_storage
  Rule: EU-GDPR-5-1-E-STORAGE — each class of monitoring data has a limited retention period

    Example: Raw activity events kept indefinitely
      Given the description says:
        | field                     | value      |
        | retention.default_days    | 30         |
        | retention.days.raw_events | indefinite |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-E-STORAGE is action required

    Example: Everything kept for 90 days
      Given the description says:
        | field                  | value |
        | retention.default_days | 90    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-E-STORAGE is at risk

    Example: Everything deleted after two weeks
      Given the description says:
        | field                  | value |
        | retention.default_days | 14    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-1-E-STORAGE is satisfied

  @eu_gdpr_5_2_account
  Rule: EU-GDPR-5-2-ACCOUNT — the employer can document compliance

    Example: The monitoring is missing from the records of processing
      Given the description says:
        | field                             | value |
        | assessments.records_of_processing | no    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-2-ACCOUNT is action required

    Example: Records, assessment, DPIA and alternatives all documented
      Given the description says:
        | field                                           | value                |
        | assessments.records_of_processing               | yes                  |
        | assessments.dpia.status                         | completed            |
        | legal_basis.bases.it_security                   | legitimate_interests |
        | legal_basis.legitimate_interest_assessment      | yes                  |
        | monitoring.less_intrusive_alternatives_assessed | yes                  |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-5-2-ACCOUNT is satisfied

  @eu_gdpr_6_1_basis
  Rule: EU-GDPR-6-1-BASIS — every purpose rests on a lawful basis that fits employment

    Example: Productivity tracking with no lawful basis at all
      Given the description says:
        | field                                      | value                                   |
        | purposes                                   | [it_security, productivity_measurement] |
        | legal_basis.bases.it_security              | legitimate_interests                    |
        | legal_basis.bases.productivity_measurement | none                                    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-1-BASIS is violation

    Example: Productivity tracking said to be necessary for the employment contract
      Given the description says:
        | field                                      | value                      |
        | purposes                                   | [productivity_measurement] |
        | legal_basis.bases.productivity_measurement | contract                   |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-1-BASIS is at risk

    Example: Security monitoring on legitimate interests
      Given the description says:
        | field                         | value                |
        | legal_basis.bases.it_security | legitimate_interests |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-1-BASIS is satisfied

  @eu_gdpr_6_1_f_lia
  Rule: EU-GDPR-6-1-F-LIA — legitimate interests are backed by a documented balancing test

    Example: Legitimate interests claimed, but no assessment written
      Given the description says:
        | field                                      | value                |
        | legal_basis.bases.it_security              | legitimate_interests |
        | legal_basis.legitimate_interest_assessment | no                   |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-1-F-LIA is action required

    Example: Everything typed is recorded: the balance likely favours the workers
      Given the description says:
        | field                                           | value                |
        | legal_basis.bases.it_security                   | legitimate_interests |
        | legal_basis.legitimate_interest_assessment      | yes                  |
        | monitoring.techniques                           | [keystroke_logging]  |
        | monitoring.keystroke_capture                    | full_content         |
        | monitoring.less_intrusive_alternatives_assessed | yes                  |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-1-F-LIA is at risk

    Example: A documented assessment for metadata captured during working time
      Given the description says:
        | field                                           | value                |
        | legal_basis.bases.it_security                   | legitimate_interests |
        | legal_basis.legitimate_interest_assessment      | yes                  |
        | monitoring.keystroke_capture                    | metadata_only        |
        | monitoring.captures_message_content             | no                   |
        | monitoring.time_scope                           | working_time_only    |
        | monitoring.granularity                          | individual_daily     |
        | monitoring.less_intrusive_alternatives_assessed | yes                  |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-1-F-LIA is satisfied

  @eu_gdpr_6_4_further
  Rule: EU-GDPR-6-4-FURTHER — reuse for a new purpose such as AI training passes a compatibility test

    Example: Monitoring data reused to train AI, without a compatibility assessment
      Given the description says:
        | field                                | value                            |
        | purposes                             | [it_security, ai_model_training] |
        | original_purposes                    | [it_security]                    |
        | legal_basis.compatibility_assessment | no                               |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-4-FURTHER is action required

    Example: Assessed reuse, with pseudonymised and filtered training data
      Given the description says:
        | field                                  | value                            |
        | purposes                               | [it_security, ai_model_training] |
        | original_purposes                      | [it_security]                    |
        | legal_basis.compatibility_assessment   | yes                              |
        | ai_training.pseudonymised              | yes                              |
        | ai_training.sensitive_content_filtered | yes                              |
        | monitoring.captures_message_content    | no                               |
        | monitoring.keystroke_capture           | none                             |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-4-FURTHER is satisfied

  @eu_gdpr_6_consent_emp
  Rule: EU-GDPR-6-CONSENT-EMP — monitoring of workers does not rest on their consent

    Example: Productivity tracking justified by employee consent alone
      Given the description says:
        | field                                        | value                      |
        | purposes                                     | [productivity_measurement] |
        | legal_basis.bases.productivity_measurement   | consent                    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-CONSENT-EMP is violation
      And the verdict is blocked

    Example: Security monitoring on the employer's legitimate interests
      Given the description says:
        | field                          | value                |
        | purposes                       | [it_security]        |
        | legal_basis.bases.it_security  | legitimate_interests |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-CONSENT-EMP is satisfied

    Example: Nobody has said what the lawful basis is
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-6-CONSENT-EMP is needs information
      And EU-GDPR-6-CONSENT-EMP asks "legal_basis.bases_used"

  @eu_gdpr_9_special
  Rule: EU-GDPR-9-SPECIAL — special-category data is processed only under an Art 9(2) condition

    Example: Fingerprint clock-in with no Art 9(2) condition
      Given the description says:
        | field                                  | value         |
        | monitoring.techniques                  | [fingerprint] |
        | monitoring.inferences                  | []            |
        | legal_basis.special_category_condition | none          |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-9-SPECIAL is violation

    Example: Chat content analysed without excluding union channels
      Given the description says:
        | field                               | value             |
        | monitoring.techniques               | [chat_monitoring] |
        | monitoring.inferences               | []                |
        | monitoring.captures_message_content | yes               |
        | monitoring.excluded_contexts        | []                |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-9-SPECIAL is at risk

    Example: Badges instead of biometrics, and no sensitive inferences
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [badge_rfid] |
        | monitoring.inferences | []           |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-9-SPECIAL is satisfied

  @eu_gdpr_12_13_14_notice
  Rule: EU-GDPR-12-13-14-NOTICE — workers are told before the monitoring starts

    Example: Monitoring without any notice
      Given the description says:
        | field                         | value |
        | monitoring.covert             | overt |
        | transparency.notice           | none  |
        | transparency.notice_covers    | []    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-12-13-14-NOTICE is action required

    Example: Reuse for AI training is not mentioned in the notice
      Given the description says:
        | field                         | value                                      |
        | purposes                      | [it_security, ai_model_training]           |
        | monitoring.covert             | overt                                      |
        | decisions                     | []                                         |
        | transparency.notice           | before_deployment                          |
        | transparency.notice_covers    | [purposes, legal_basis, retention, rights] |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-12-13-14-NOTICE is action required

    Example: A complete notice given before rollout
      Given the description says:
        | field                         | value                                      |
        | monitoring.covert             | overt                                      |
        | decisions                     | []                                         |
        | transparency.notice           | before_deployment                          |
        | transparency.notice_covers    | [purposes, legal_basis, retention, rights] |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-12-13-14-NOTICE is satisfied

  @eu_gdpr_15_access
  Rule: EU-GDPR-15-ACCESS — workers can obtain their data and the logic of automated decisions

    Example: No process to answer access requests
      Given the description says:
        | field                               | value |
        | transparency.access_request_process | no    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-15-ACCESS is action required

    Example: Access requests answered, and no automated decisions
      Given the description says:
        | field                               | value |
        | transparency.access_request_process | yes   |
        | decisions                           | []    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-15-ACCESS is satisfied

  @eu_gdpr_21_object
  Rule: EU-GDPR-21-OBJECT — workers can object to monitoring based on legitimate interests

    Example: Legitimate interests, but no way to object
      Given the description says:
        | field                            | value                |
        | legal_basis.bases.it_security    | legitimate_interests |
        | transparency.objection_mechanism | no                   |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-21-OBJECT is action required

    Example: An objection channel, stated separately in the notice
      Given the description says:
        | field                            | value                               |
        | legal_basis.bases.it_security    | legitimate_interests                |
        | transparency.objection_mechanism | yes                                 |
        | transparency.notice_covers       | [purposes, rights, objection_right] |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-21-OBJECT is satisfied

  @eu_gdpr_22_adm
  Rule: EU-GDPR-22-ADM — no significant decision is left to automated processing without safeguards

    Example: Accounts deactivated automatically, with no human and no appeal
      Given the description says:
        | field                                         | value                |
        | decisions[0].type                             | account_deactivation |
        | decisions[0].solely_automated                 | yes                  |
        | decisions[0].score_determining                | yes                  |
        | decisions[0].contest_channel                  | no                   |
        | decisions[0].explanation_available            | no                   |
        | decisions[0].human_review.authority_to_change | no                   |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-22-ADM is violation

    Example: A productivity score decides promotions and cannot be contested
      Given the description says:
        | field                                         | value     |
        | decisions[0].type                             | promotion |
        | decisions[0].solely_automated                 | no        |
        | decisions[0].score_determining                | yes       |
        | decisions[0].contest_channel                  | no        |
        | decisions[0].explanation_available            | yes       |
        | decisions[0].human_review.authority_to_change | yes       |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-22-ADM is at risk

    Example: A score informs managers who can overrule it, explain it and hear appeals
      Given the description says:
        | field                                         | value     |
        | decisions[0].type                             | promotion |
        | decisions[0].solely_automated                 | no        |
        | decisions[0].score_determining                | yes       |
        | decisions[0].contest_channel                  | yes       |
        | decisions[0].explanation_available            | yes       |
        | decisions[0].human_review.authority_to_change | yes       |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-22-ADM is satisfied

  @eu_gdpr_25_dpbd
  Rule: EU-GDPR-25-DPBD — the tool captures the least data by default

    Example: Capture always on, and no way to pause
      Given the description says:
        | field                     | value     |
        | monitoring.time_scope     | always_on |
        | monitoring.pause_controls | none      |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-25-DPBD is at risk

    Example: Working time only, team aggregates, work apps only
      Given the description says:
        | field                        | value             |
        | monitoring.time_scope        | working_time_only |
        | monitoring.granularity       | aggregate_team    |
        | monitoring.application_scope | work_apps_only    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-25-DPBD is satisfied

  @eu_gdpr_28_processor
  Rule: EU-GDPR-28-PROCESSOR — vendors work under an Art 28 contract and do not reuse the data

    Example: A monitoring vendor without a data-processing agreement
      Given the description says:
        | field                            | value     |
        | recipients[0].name               | Vendor    |
        | recipients[0].role               | processor |
        | recipients[0].country            | IE        |
        | recipients[0].contract_compliant | no        |
        | assessments.processor_contracts  | no        |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-28-PROCESSOR is action required

    Example: A compliant contract, and the vendor does not train on the data
      Given the description says:
        | field                                | value     |
        | recipients[0].name                   | Vendor    |
        | recipients[0].role                   | processor |
        | recipients[0].country                | IE        |
        | recipients[0].contract_compliant     | yes       |
        | assessments.processor_contracts      | yes       |
        | ai_training.vendor_trains_own_models | no        |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-28-PROCESSOR is satisfied

  @eu_gdpr_30_ropa
  Rule: EU-GDPR-30-ROPA — the monitoring is in the records of processing

    Example: The monitoring is not recorded
      Given the description says:
        | field                             | value |
        | assessments.records_of_processing | no    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-30-ROPA is action required

    Example: The monitoring is recorded
      Given the description says:
        | field                             | value |
        | assessments.records_of_processing | yes   |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-30-ROPA is satisfied

  @eu_gdpr_32_security
  Rule: EU-GDPR-32-SECURITY — access to monitoring data is personal, restricted, logged and encrypted

    Example: Managers share one login to the monitoring dashboard
      Given the description says:
        | field                    | value |
        | security.shared_accounts | yes   |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-32-SECURITY is action required

    Example: Personal accounts, need-to-know access, logging and encryption
      Given the description says:
        | field                      | value        |
        | security.shared_accounts   | no           |
        | security.access            | need_to_know |
        | security.access_logged     | yes          |
        | security.encrypted_at_rest | yes          |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-32-SECURITY is satisfied

  @eu_gdpr_35_dpia
  Rule: EU-GDPR-35-DPIA — a DPIA is completed before high-risk monitoring starts

    Example: Keystroke logging feeding productivity scores, and no DPIA
      Given the description says:
        | field                   | value                                     |
        | monitoring.techniques   | [keystroke_logging, productivity_scoring] |
        | assessments.dpia.status | none                                      |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-35-DPIA is action required

    Example: A DPIA completed before rollout, with the workers' views sought
      Given the description says:
        | field                                 | value                                     |
        | monitoring.techniques                 | [keystroke_logging, productivity_scoring] |
        | assessments.dpia.status               | completed                                 |
        | assessments.dpia.before_deployment    | yes                                       |
        | assessments.dpia.workers_views_sought | yes                                       |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-35-DPIA is satisfied

    Example: Whether a DPIA exists is not known
      Given the description says:
        | field                 | value                                     |
        | monitoring.techniques | [keystroke_logging, productivity_scoring] |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-35-DPIA is needs information
      And EU-GDPR-35-DPIA asks "assessments.dpia.status"

  @eu_gdpr_36_prior_consult
  Rule: EU-GDPR-36-PRIOR-CONSULT — the authority is consulted when a high risk remains

    Example: The DPIA leaves a high risk and the authority was not consulted
      Given the description says:
        | field                               | value     |
        | assessments.dpia.status             | completed |
        | assessments.dpia.residual_high_risk | yes       |
        | assessments.prior_consultation_done | no        |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-36-PRIOR-CONSULT is action required

    Example: The authority was consulted on the residual risk
      Given the description says:
        | field                               | value     |
        | assessments.dpia.status             | completed |
        | assessments.dpia.residual_high_risk | yes       |
        | assessments.prior_consultation_done | yes       |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-36-PRIOR-CONSULT is satisfied

  @eu_gdpr_37_dpo
  Rule: EU-GDPR-37-DPO — a DPO is designated where large-scale monitoring is a core activity

    Example: A delivery platform monitoring its riders without a DPO
      Given the description says:
        | field                                   | value |
        | organisation.is_digital_labour_platform | yes   |
        | assessments.dpo_designated              | no    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-37-DPO is action required

    Example: A large employer monitoring its own staff without a DPO: to be checked
      Given the description says:
        | field                                   | value |
        | organisation.headcount_total            | 5000  |
        | organisation.is_digital_labour_platform | no    |
        | assessments.dpo_designated              | no    |
      When the deployment is assessed on 2026-12-01
      Then EU-GDPR-37-DPO is at risk

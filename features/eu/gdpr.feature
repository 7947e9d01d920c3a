@eu
Feature: GDPR — Regulation (EU) 2016/679, applied to monitoring at work
  An employer that monitors people working in the EEA is bound by the GDPR. These examples
  state, for each requirement, what the checker concludes from a deployment's facts.

  Background:
    Given an employer in Ireland that monitors its employees

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

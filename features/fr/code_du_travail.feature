@fr
Feature: Code du travail — proportionality, prior information and the CSE
  Monitoring in France must be justified and proportionate, known to workers beforehand, and put to
  the CSE before the decision to deploy a tool able to control workers' activity.

  Background:
    Given an employer in France that monitors its employees

  @fr_ct_l1121_1_proportion
  Rule: FR-CT-L1121-1-PROPORTION — restrictions the monitoring puts on workers' rights are justified by the task and proportionate to the aim

    Example: Daily app usage totals
      Given the description says:
        | field                                           | value             |
        | monitoring.granularity                          | individual_daily  |
        | monitoring.time_scope                           | working_time_only |
        | monitoring.less_intrusive_alternatives_assessed | true              |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L1121-1-PROPORTION is satisfied

    Example: Full keystroke logging
      Given the description says:
        | field                                           | value               |
        | monitoring.granularity                          | individual_daily    |
        | monitoring.time_scope                           | working_time_only   |
        | monitoring.less_intrusive_alternatives_assessed | true                |
        | monitoring.techniques                           | [keystroke_logging] |
        | monitoring.keystroke_capture                    | full_content        |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L1121-1-PROPORTION is at risk

    Example: Continuous webcam
      Given the description says:
        | field                                           | value             |
        | monitoring.granularity                          | individual_daily  |
        | monitoring.time_scope                           | working_time_only |
        | monitoring.less_intrusive_alternatives_assessed | true              |
        | monitoring.techniques                           | [webcam_video]    |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L1121-1-PROPORTION is at risk

    Example: No alternatives assessed
      Given the description says:
        | field                                           | value             |
        | monitoring.granularity                          | individual_daily  |
        | monitoring.time_scope                           | working_time_only |
        | monitoring.less_intrusive_alternatives_assessed | false             |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L1121-1-PROPORTION is at risk

  @fr_ct_l1222_4_prior_info
  Rule: FR-CT-L1222-4-PRIOR-INFO — workers and applicants know about every device that collects information on them before it does

    Example: Told before rollout
      Given the description says:
        | field               | value             |
        | monitoring.covert   | overt             |
        | transparency.notice | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L1222-4-PRIOR-INFO is satisfied

    Example: Hidden device
      Given the description says:
        | field               | value             |
        | monitoring.covert   | general           |
        | transparency.notice | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L1222-4-PRIOR-INFO is action required

    Example: Applicants told afterwards
      Given the description says:
        | field                  | value            |
        | workforce[0].roles     | [applicant]      |
        | workforce[0].headcount | 120              |
        | monitoring.covert      | overt            |
        | transparency.notice    | after_collection |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L1222-4-PRIOR-INFO is action required

  @fr_ct_l2312_8_newtech
  Rule: FR-CT-L2312-8-NEWTECH — the CSE is informed and consulted before AI, scoring or biometric technology is introduced

    Example: CSE consulted on scoring
      Given the description says:
        | field                               | value                             |
        | monitoring.techniques               | [app_usage, productivity_scoring] |
        | workforce[0].consultation.informed  | true                              |
        | workforce[0].consultation.consulted | true                              |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-8-NEWTECH is satisfied

    Example: AI without CSE opinion
      Given the description says:
        | field                               | value                |
        | ai_systems[0].name                  | Attrition-risk model |
        | ai_systems[0].is_ai_system          | true                 |
        | workforce[0].consultation.informed  | true                 |
        | workforce[0].consultation.consulted | false                |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-8-NEWTECH is action required

    Example: Under fifty employees
      Given the description says:
        | field                  | value                  |
        | monitoring.techniques  | [productivity_scoring] |
        | workforce[0].headcount | 30                     |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-8-NEWTECH is not applicable

    Example: AI use unknown
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-8-NEWTECH is needs information
      And FR-CT-L2312-8-NEWTECH asks "ai_systems"

  @fr_ct_l2312_38_cse
  Rule: FR-CT-L2312-38-CSE — the CSE is informed and consulted before the decision to deploy a tool able to control workers' activity

    Example: CSE informed and consulted
      Given the description says:
        | field                               | value |
        | workforce[0].consultation.informed  | true  |
        | workforce[0].consultation.consulted | true  |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-38-CSE is satisfied

    Example: CSE only informed
      Given the description says:
        | field                               | value |
        | workforce[0].consultation.informed  | true  |
        | workforce[0].consultation.consulted | false |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-38-CSE is action required

    Example: No CSE
      Given the description says:
        | field                           | value |
        | workforce[0].representation.cse | false |
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-38-CSE is not applicable

    Example: Consultation unknown
      When the deployment is assessed on 2026-12-01
      Then FR-CT-L2312-38-CSE is needs information
      And FR-CT-L2312-38-CSE asks "workforce[0].consultation.informed"

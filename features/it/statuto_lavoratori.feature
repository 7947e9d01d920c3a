@it
Feature: Statuto dei lavoratori — remote control and inquiries into opinions
  Tools able to control workers remotely need a union agreement or labour-inspectorate authorisation
  before installation; individual consent cannot replace it. Inquiries into opinions are banned.

  Background:
    Given an employer in Italy that monitors its employees

  @it_sl_4_1_remote_control
  Rule: IT-SL-4-1-REMOTE-CONTROL — a union agreement or labour-inspectorate authorisation covers every tool able to control workers remotely

    Example: In use without agreement
      Given the description says:
        | field                                             | value |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | false |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is violation

    Example: Individual consent instead
      Given the description says:
        | field                                             | value   |
        | workforce[0].consultation.agreement_signed        | false   |
        | workforce[0].consultation.authority_authorisation | false   |
        | legal_basis.bases.it_security                     | consent |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is violation

    Example: Planned without agreement
      Given the description says:
        | field                                             | value      |
        | processing_started_on                             | 2027-03-01 |
        | workforce[0].consultation.agreement_signed        | false      |
        | workforce[0].consultation.authority_authorisation | false      |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is action required

    Example: Purpose is measuring output
      Given the description says:
        | field                                      | value                      |
        | workforce[0].consultation.agreement_signed | true                       |
        | purposes                                   | [productivity_measurement] |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is at risk

    Example: Union agreement
      Given the description says:
        | field                                      | value |
        | workforce[0].consultation.agreement_signed | true  |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is satisfied

    Example: Inspectorate authorisation
      Given the description says:
        | field                                             | value |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | true  |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is satisfied

    Example: Attendance badges only
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [badge_rfid] |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is not applicable

    Example: Agreement unknown
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-1-REMOTE-CONTROL is needs information
      And IT-SL-4-1-REMOTE-CONTROL asks "workforce[0].consultation.agreement_signed"

  @it_sl_4_3_use_of_data
  Rule: IT-SL-4-3-USE-OF-DATA — monitoring data is used for employment purposes only after workers were told how tools are used and checked

    Example: Tool without art4 procedure
      Given the description says:
        | field                                             | value                       |
        | purposes                                          | [discipline]                |
        | workforce[0].consultation.agreement_signed        | false                       |
        | workforce[0].consultation.authority_authorisation | false                       |
        | transparency.notice                               | before_deployment           |
        | transparency.notice_channel                       | intranet_policy             |
        | transparency.notice_covers                        | [purposes, data_categories] |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-3-USE-OF-DATA is action required

    Example: No policy on checks
      Given the description says:
        | field                                      | value        |
        | purposes                                   | [discipline] |
        | workforce[0].consultation.agreement_signed | true         |
        | transparency.notice                        | none         |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-3-USE-OF-DATA is action required

    Example: Policy issued beforehand
      Given the description says:
        | field                                      | value                                  |
        | purposes                                   | [discipline]                           |
        | workforce[0].consultation.agreement_signed | true                                   |
        | transparency.notice                        | before_deployment                      |
        | transparency.notice_channel                | intranet_policy                        |
        | transparency.notice_covers                 | [purposes, data_categories, retention] |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-3-USE-OF-DATA is satisfied

    Example: Security use only
      When the deployment is assessed on 2026-12-01
      Then IT-SL-4-3-USE-OF-DATA is not applicable

  @it_sl_8_opinions
  Rule: IT-SL-8-OPINIONS — no inquiry is made into workers' political, religious or union opinions or facts irrelevant to their aptitude

    Example: Union activity inferred
      Given the description says:
        | field                 | value            |
        | monitoring.inferences | [union_activity] |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-8-OPINIONS is violation

    Example: Applicants asked for social media
      Given the description says:
        | field                                              | value             |
        | workforce[0].roles                                 | [applicant]       |
        | workforce[0].headcount                             | 50                |
        | monitoring.inferences                              | []                |
        | monitoring.captures_personal_accounts              | false             |
        | monitoring.time_scope                              | working_time_only |
        | hr_practices.requests_personal_social_media_access | true              |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-8-OPINIONS is violation

    Example: Union channels not excluded
      Given the description says:
        | field                                              | value              |
        | monitoring.inferences                              | []                 |
        | monitoring.captures_personal_accounts              | false              |
        | monitoring.time_scope                              | working_time_only  |
        | monitoring.techniques                              | [email_monitoring] |
        | monitoring.excluded_contexts                       | []                 |
        | hr_practices.requests_personal_social_media_access | false              |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-8-OPINIONS is at risk

    Example: Work activity only
      Given the description says:
        | field                                              | value             |
        | monitoring.inferences                              | []                |
        | monitoring.captures_personal_accounts              | false             |
        | monitoring.time_scope                              | working_time_only |
        | hr_practices.requests_personal_social_media_access | false             |
      When the deployment is assessed on 2026-12-01
      Then IT-SL-8-OPINIONS is satisfied

@eu
Feature: Platform Work Directive — Directive (EU) 2024/2831
  The Directive binds the Member States, which must transpose it by 2 December 2026. From that
  date its rules are applied as the content of national law; before it they are upcoming. The
  rules reach only digital labour platforms, for the people who perform platform work for them,
  including the self-employed.

  Background:
    Given an employer in Ireland that monitors its employees
    And the description says:
      | field                                   | value                   |
      | organisation.is_digital_labour_platform | yes                     |
      | workforce[0].roles                      | [platform_worker]       |
      | monitoring.techniques                   | [gps_device, app_usage] |
      | monitoring.inferences                   | [performance]           |
      | ai_systems[0].is_ai_system              | yes                     |
      | ai_systems[0].role                      | provider_and_deployer   |
      | ai_systems[0].infers_emotions           | no                      |
      | ai_systems[0].biometric_categorisation  | no                      |

  @eu_pwd_7_1_a_emotion
  Rule: EU-PWD-7-1-A-EMOTION — no data on platform workers' emotional or psychological state

    Example: Couriers' chat messages are scored for mood
      Given the description says:
        | field                          | value                                                        |
        | monitoring.techniques          | [gps_device, app_usage, chat_monitoring, sentiment_analysis] |
        | ai_systems[0].infers_emotions  | yes                                                          |
        | ai_systems[0].inference_inputs | [text]                                                       |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-A-EMOTION is violation
      And the verdict is blocked

    Example: The same mood scoring before the transposition deadline
      Given the description says:
        | field                          | value                                                        |
        | monitoring.techniques          | [gps_device, app_usage, chat_monitoring, sentiment_analysis] |
        | ai_systems[0].infers_emotions  | yes                                                          |
        | ai_systems[0].inference_inputs | [text]                                                       |
      When the deployment is assessed on 2026-12-01
      Then EU-PWD-7-1-A-EMOTION is upcoming
      And EU-PWD-7-1-A-EMOTION applies from 2026-12-02

    Example: Dispatch and ratings only, without any emotion inference
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-A-EMOTION is satisfied

    Example: An ordinary employer that is not a platform
      Given the description says:
        | field                                   | value      |
        | organisation.is_digital_labour_platform | no         |
        | workforce[0].roles                      | [employee] |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-A-EMOTION is not applicable

  @eu_pwd_7_1_b_private_conv
  Rule: EU-PWD-7-1-B-PRIVATE-CONV — no data from platform workers' private conversations

    Example: The app can read couriers' personal accounts
      Given the description says:
        | field                                 | value |
        | monitoring.captures_personal_accounts | yes   |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-B-PRIVATE-CONV is violation

    Example: Chats are monitored, but union channels are not left out
      Given the description says:
        | field                                 | value                                    |
        | monitoring.techniques                 | [gps_device, app_usage, chat_monitoring] |
        | monitoring.excluded_contexts          | [private_apps]                           |
        | monitoring.captures_personal_accounts | no                                       |
        | monitoring.captures_message_content   | no                                       |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-B-PRIVATE-CONV is at risk

    Example: No private accounts or messages are captured
      Given the description says:
        | field                                 | value |
        | monitoring.captures_personal_accounts | no    |
        | monitoring.captures_message_content   | no    |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-B-PRIVATE-CONV is satisfied

  @eu_pwd_7_1_c_off_duty
  Rule: EU-PWD-7-1-C-OFF-DUTY — no collection while the person is not offering or performing platform work

    Example: Location is tracked after couriers log off
      Given the description says:
        | field                 | value             |
        | monitoring.time_scope | includes_off_duty |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-C-OFF-DUTY is violation

    Example: Tracking stops at log-off
      Given the description says:
        | field                 | value             |
        | monitoring.time_scope | working_time_only |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-C-OFF-DUTY is satisfied

    Example: Nobody has said when tracking stops
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-C-OFF-DUTY is needs information
      And EU-PWD-7-1-C-OFF-DUTY asks "monitoring.time_scope"

  @eu_pwd_7_1_d_rights_predict
  Rule: EU-PWD-7-1-D-RIGHTS-PREDICT — no processing to predict union activity or collective action

    Example: The system flags couriers likely to join a union
      Given the description says:
        | field                 | value                         |
        | monitoring.inferences | [performance, union_activity] |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-D-RIGHTS-PREDICT is violation

    Example: No union inference, and no communications monitoring
      Given the description says:
        | field                                    | value |
        | labour_relations.union_campaign_underway | no    |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-D-RIGHTS-PREDICT is satisfied

  @eu_pwd_7_1_e_sensitive_infer
  Rule: EU-PWD-7-1-E-SENSITIVE-INFER — no inference of origin, beliefs, health or sexuality

    Example: Health problems are inferred from delivery pace
      Given the description says:
        | field                 | value                 |
        | monitoring.inferences | [performance, health] |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-E-SENSITIVE-INFER is violation

    Example: Performance only
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-E-SENSITIVE-INFER is satisfied

  @eu_pwd_7_1_f_biometric_id
  Rule: EU-PWD-7-1-F-BIOMETRIC-ID — no one-to-many biometric identification of platform workers

    Example: Log-in selfies are searched against a database of faces
      Given the description says:
        | field                 | value                                        |
        | monitoring.techniques | [gps_device, app_usage, face_identification] |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-F-BIOMETRIC-ID is violation

    Example: Log-in selfies are only compared with the courier's own photo
      Given the description says:
        | field                 | value                                      |
        | monitoring.techniques | [gps_device, app_usage, face_verification] |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-1-F-BIOMETRIC-ID is satisfied

  @eu_pwd_7_2_recruit
  Rule: EU-PWD-7-2-RECRUIT — the prohibitions apply from the start of recruitment

    Example: Video interviews for new couriers are scored for emotions
      Given the description says:
        | field                         | value                   |
        | workforce[1].country          | IE                      |
        | workforce[1].roles            | [applicant]             |
        | ai_systems[0].uses            | [recruitment_selection] |
        | ai_systems[0].infers_emotions | yes                     |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-2-RECRUIT is violation

    Example: The onboarding screen infers nothing the Directive forbids
      Given the description says:
        | field                         | value                   |
        | workforce[1].country          | IE                      |
        | workforce[1].roles            | [applicant]             |
        | ai_systems[0].uses            | [recruitment_selection] |
        | ai_systems[0].infers_emotions | no                      |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-7-2-RECRUIT is satisfied

  @eu_pwd_8_dpia
  Rule: EU-PWD-8-DPIA — a DPIA of the automated systems is done with the platform workers' views

    Example: No DPIA of the dispatch and rating systems
      Given the description says:
        | field                   | value |
        | assessments.dpia.status | none  |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-8-DPIA is action required

    Example: A DPIA done with the couriers' views
      Given the description says:
        | field                                 | value     |
        | assessments.dpia.status               | completed |
        | assessments.dpia.workers_views_sought | yes       |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-8-DPIA is satisfied

  @eu_pwd_9_transparency
  Rule: EU-PWD-9-TRANSPARENCY — platform workers get written information on the automated systems

    Example: Couriers are told about the systems only after data collection started
      Given the description says:
        | field                       | value                                          |
        | transparency.notice         | after_collection                               |
        | transparency.notice_channel | individual                                     |
        | transparency.notice_covers  | [purposes, data_categories, ai_use, adm_logic] |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-9-TRANSPARENCY is action required

    Example: Written information before the first shift, covering systems, data, aims and parameters
      Given the description says:
        | field                       | value                                          |
        | transparency.notice         | before_deployment                              |
        | transparency.notice_channel | individual                                     |
        | transparency.notice_covers  | [purposes, data_categories, ai_use, adm_logic] |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-9-TRANSPARENCY is satisfied

  @eu_pwd_10_human_oversight
  Rule: EU-PWD-10-HUMAN-OVERSIGHT — a human decides any restriction, suspension or termination of an account

    Example: Accounts are deactivated automatically when ratings drop
      Given the description says:
        | field                                  | value                |
        | ai_systems[0].human_oversight_assigned | yes                  |
        | decisions[0].type                      | account_deactivation |
        | decisions[0].solely_automated          | yes                  |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-10-HUMAN-OVERSIGHT is action required

    Example: A person reviews every deactivation
      Given the description says:
        | field                                  | value                |
        | ai_systems[0].human_oversight_assigned | yes                  |
        | decisions[0].type                      | account_deactivation |
        | decisions[0].solely_automated          | no                   |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-10-HUMAN-OVERSIGHT is satisfied

  @eu_pwd_11_human_review
  Rule: EU-PWD-11-HUMAN-REVIEW — automated decisions can be explained and reviewed

    Example: A deactivated courier gets no explanation
      Given the description says:
        | field                              | value                |
        | decisions[0].type                  | account_deactivation |
        | decisions[0].explanation_available | no                   |
        | decisions[0].contest_channel       | yes                  |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-11-HUMAN-REVIEW is action required

    Example: Each decision can be explained and reviewed on request
      Given the description says:
        | field                              | value                |
        | decisions[0].type                  | account_deactivation |
        | decisions[0].explanation_available | yes                  |
        | decisions[0].contest_channel       | yes                  |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-11-HUMAN-REVIEW is satisfied

  @eu_pwd_12_safety
  Rule: EU-PWD-12-SAFETY — automated systems that set the pace of work do not put undue pressure on workers

    Example: Delivery targets leave no time for breaks
      Given the description says:
        | field                     | value |
        | quota.used                | yes   |
        | quota.accounts_for_breaks | no    |
        | decisions                 | []    |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-12-SAFETY is at risk

    Example: Targets build in breaks and nobody is sanctioned automatically
      Given the description says:
        | field                     | value |
        | quota.used                | yes   |
        | quota.accounts_for_breaks | yes   |
        | decisions                 | []    |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-12-SAFETY is satisfied

  @eu_pwd_13_info_consult
  Rule: EU-PWD-13-INFO-CONSULT — representatives are informed and consulted before automated systems are introduced

    Example: The couriers' union was informed but not consulted
      Given the description says:
        | field                                   | value |
        | workforce[0].representation.trade_union | yes   |
        | workforce[0].consultation.informed      | yes   |
        | workforce[0].consultation.consulted     | no    |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-13-INFO-CONSULT is action required

    Example: The union was informed and consulted before launch
      Given the description says:
        | field                                   | value |
        | workforce[0].representation.trade_union | yes   |
        | workforce[0].consultation.informed      | yes   |
        | workforce[0].consultation.consulted     | yes   |
      When the deployment is assessed on 2027-03-01
      Then EU-PWD-13-INFO-CONSULT is satisfied

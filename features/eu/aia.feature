@eu
Feature: AI Act — Regulation (EU) 2024/1689, as amended in 2026
  The prohibitions of Art 5 and the AI-literacy duty of Art 4 apply from 2 February 2025; the
  transparency duty of Art 50(3) from 2 August 2026; the high-risk regime for employment systems
  (Annex III point 4, Arts 6, 16, 26 and 27) from 2 December 2027, after the 2026 amendment.
  Before its date a requirement is reported as upcoming, never as a failure.

  Background:
    Given an employer in Ireland that monitors its employees

  @eu_aia_3_3_provider_inhouse
  Rule: EU-AIA-3-3-PROVIDER-INHOUSE — an employer that builds its own high-risk model is its provider

    Example: A productivity model built in-house on staff telemetry keeps its logs for one month
      Given the description says:
        | field                              | value                          |
        | ai_systems[0].is_ai_system         | yes                            |
        | ai_systems[0].role                 | provider_and_deployer          |
        | ai_systems[0].uses                 | [monitor_evaluate_performance] |
        | ai_systems[0].log_retention_months | 1                              |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-3-3-PROVIDER-INHOUSE is action required

    Example: The same model, trained on monitoring data that is not filtered for sensitive content
      Given the description says:
        | field                                  | value                          |
        | ai_systems[0].is_ai_system             | yes                            |
        | ai_systems[0].role                     | provider_and_deployer          |
        | ai_systems[0].uses                     | [monitor_evaluate_performance] |
        | ai_systems[0].log_retention_months     | 12                             |
        | ai_training.uses_monitoring_data       | yes                            |
        | ai_training.sensitive_content_filtered | no                             |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-3-3-PROVIDER-INHOUSE is at risk

    Example: A vendor's system that the employer only uses
      Given the description says:
        | field                      | value                          |
        | ai_systems[0].is_ai_system | yes                            |
        | ai_systems[0].role         | deployer                       |
        | ai_systems[0].uses         | [monitor_evaluate_performance] |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-3-3-PROVIDER-INHOUSE is not applicable

  @eu_aia_4_literacy
  Rule: EU-AIA-4-LITERACY — staff working with AI systems are supported in becoming AI-literate

    Example: A ticket-routing model, and no training for the people who use it
      Given the description says:
        | field                              | value    |
        | ai_systems[0].is_ai_system         | yes      |
        | ai_systems[0].role                 | deployer |
        | ai_systems[0].ai_literacy_measures | no       |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-4-LITERACY is action required

    Example: The operators have been trained
      Given the description says:
        | field                              | value    |
        | ai_systems[0].is_ai_system         | yes      |
        | ai_systems[0].role                 | deployer |
        | ai_systems[0].ai_literacy_measures | yes      |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-4-LITERACY is satisfied

    Example: Nobody has said whether the operators were trained
      Given the description says:
        | field                      | value    |
        | ai_systems[0].is_ai_system | yes      |
        | ai_systems[0].role         | deployer |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-4-LITERACY is needs information
      And EU-AIA-4-LITERACY asks "ai_systems[0].ai_literacy_measures"

  @eu_aia_5_1_c_social_score
  Rule: EU-AIA-5-1-C-SOCIAL-SCORE — no detriment at work from an AI score built on private life

    Example: Social-media monitoring feeds a worker profile and staff are disciplined for off-duty conduct
      Given the description says:
        | field                                      | value                                           |
        | monitoring.techniques                      | [social_media_monitoring, productivity_scoring] |
        | monitoring.time_scope                      | working_time_only                               |
        | labour_relations.adverse_actions_linked_to | [off_duty_conduct]                              |
        | ai_systems[0].is_ai_system                 | yes                                             |
        | ai_systems[0].profiles_natural_persons     | yes                                             |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-C-SOCIAL-SCORE is violation
      And the verdict is blocked

    Example: The profile is built from working-time data only
      Given the description says:
        | field                                      | value                             |
        | monitoring.techniques                      | [app_usage, productivity_scoring] |
        | monitoring.time_scope                      | working_time_only                 |
        | labour_relations.adverse_actions_linked_to | []                                |
        | ai_systems[0].is_ai_system                 | yes                               |
        | ai_systems[0].profiles_natural_persons     | yes                               |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-C-SOCIAL-SCORE is satisfied

  @eu_aia_5_1_f_emotion
  Rule: EU-AIA-5-1-F-EMOTION — no AI system infers workers' emotions from biometric signals

    Example: A "frustration score" inferred from typing and mouse movements
      Given the description says:
        | field                                   | value                |
        | monitoring.techniques                   | [keystroke_dynamics] |
        | ai_systems[0].is_ai_system              | yes                  |
        | ai_systems[0].infers_emotions           | yes                  |
        | ai_systems[0].inference_inputs          | [keystrokes, mouse]  |
        | ai_systems[0].medical_or_safety_purpose | no                   |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-F-EMOTION is violation
      And the verdict is blocked

    Example: The same system before the prohibition applied
      Given the description says:
        | field                                   | value                |
        | monitoring.techniques                   | [keystroke_dynamics] |
        | ai_systems[0].is_ai_system              | yes                  |
        | ai_systems[0].infers_emotions           | yes                  |
        | ai_systems[0].inference_inputs          | [keystrokes, mouse]  |
        | ai_systems[0].medical_or_safety_purpose | no                   |
      When the deployment is assessed on 2024-12-01
      Then EU-AIA-5-1-F-EMOTION is upcoming
      And EU-AIA-5-1-F-EMOTION applies from 2025-02-02

    Example: Drowsiness alerts for drivers serve safety
      Given the description says:
        | field                                   | value                   |
        | monitoring.techniques                   | [vehicle_inward_camera] |
        | ai_systems[0].is_ai_system              | yes                     |
        | ai_systems[0].infers_emotions           | yes                     |
        | ai_systems[0].inference_inputs          | [face]                  |
        | ai_systems[0].medical_or_safety_purpose | yes                     |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-F-EMOTION is satisfied

  @eu_aia_5_1_g_biocat
  Rule: EU-AIA-5-1-G-BIOCAT — no AI system sorts workers by sensitive traits deduced from biometric data

    Example: Canteen camera analytics tag workers by presumed union membership
      Given the description says:
        | field                                  | value        |
        | monitoring.techniques                  | [cctv_video] |
        | ai_systems[0].is_ai_system             | yes          |
        | ai_systems[0].inference_inputs         | [face]       |
        | ai_systems[0].biometric_categorisation | yes          |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-G-BIOCAT is violation

    Example: A face check at the door only verifies who is entering
      Given the description says:
        | field                                  | value               |
        | monitoring.techniques                  | [face_verification] |
        | monitoring.inferences                  | []                  |
        | ai_systems[0].is_ai_system             | yes                 |
        | ai_systems[0].inference_inputs         | [face]              |
        | ai_systems[0].biometric_categorisation | no                  |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-G-BIOCAT is satisfied

  @eu_aia_26_1_2_use_oversight
  Rule: EU-AIA-26-1-2-USE-OVERSIGHT — a competent person oversees each high-risk AI system

    Example: Productivity scores with nobody assigned to oversee them
      Given the description says:
        | field                                  | value                          |
        | ai_systems[0].is_ai_system             | yes                            |
        | ai_systems[0].role                     | deployer                       |
        | ai_systems[0].uses                     | [monitor_evaluate_performance] |
        | ai_systems[0].human_oversight_assigned | no                             |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-1-2-USE-OVERSIGHT is action required
      And the verdict is not ready

    Example: A trained team lead oversees the scores
      Given the description says:
        | field                                  | value                          |
        | ai_systems[0].is_ai_system             | yes                            |
        | ai_systems[0].role                     | deployer                       |
        | ai_systems[0].uses                     | [monitor_evaluate_performance] |
        | ai_systems[0].human_oversight_assigned | yes                            |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-1-2-USE-OVERSIGHT is satisfied

  @eu_aia_26_4_input
  Rule: EU-AIA-26-4-INPUT — the input data is relevant and representative

    Example: The scoring inputs include workers' private accounts
      Given the description says:
        | field                                 | value                          |
        | ai_systems[0].is_ai_system            | yes                            |
        | ai_systems[0].role                    | deployer                       |
        | ai_systems[0].uses                    | [monitor_evaluate_performance] |
        | monitoring.captures_personal_accounts | yes                            |
        | decisions[0].type                     | promotion                      |
        | decisions[0].bias_testing             | periodic                       |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-4-INPUT is at risk

    Example: Work data only, and the scores are tested for bias
      Given the description says:
        | field                                 | value                          |
        | ai_systems[0].is_ai_system            | yes                            |
        | ai_systems[0].role                    | deployer                       |
        | ai_systems[0].uses                    | [monitor_evaluate_performance] |
        | monitoring.captures_personal_accounts | no                             |
        | decisions[0].type                     | promotion                      |
        | decisions[0].bias_testing             | periodic                       |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-4-INPUT is satisfied

  @eu_aia_26_5_monitor
  Rule: EU-AIA-26-5-MONITOR — each high-risk AI system is monitored in operation

    Example: The scores were tested once, before rollout, and never again
      Given the description says:
        | field                                  | value                          |
        | ai_systems[0].is_ai_system             | yes                            |
        | ai_systems[0].role                     | deployer                       |
        | ai_systems[0].uses                     | [monitor_evaluate_performance] |
        | ai_systems[0].human_oversight_assigned | yes                            |
        | decisions[0].type                      | promotion                      |
        | decisions[0].bias_testing              | pre_deployment                 |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-5-MONITOR is at risk

    Example: Someone watches the system and the outputs are tested periodically
      Given the description says:
        | field                                  | value                          |
        | ai_systems[0].is_ai_system             | yes                            |
        | ai_systems[0].role                     | deployer                       |
        | ai_systems[0].uses                     | [monitor_evaluate_performance] |
        | ai_systems[0].human_oversight_assigned | yes                            |
        | decisions[0].type                      | promotion                      |
        | decisions[0].bias_testing              | periodic                       |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-5-MONITOR is satisfied

  @eu_aia_26_6_logs
  Rule: EU-AIA-26-6-LOGS — logs of each high-risk AI system are kept at least six months

    Example: Logs are deleted after three months
      Given the description says:
        | field                              | value                          |
        | ai_systems[0].is_ai_system         | yes                            |
        | ai_systems[0].role                 | deployer                       |
        | ai_systems[0].uses                 | [monitor_evaluate_performance] |
        | ai_systems[0].log_retention_months | 3                              |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-6-LOGS is action required

    Example: Logs are kept for six months
      Given the description says:
        | field                              | value                          |
        | ai_systems[0].is_ai_system         | yes                            |
        | ai_systems[0].role                 | deployer                       |
        | ai_systems[0].uses                 | [monitor_evaluate_performance] |
        | ai_systems[0].log_retention_months | 6                              |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-6-LOGS is satisfied

  @eu_aia_26_7_worker_info
  Rule: EU-AIA-26-7-WORKER-INFO — workers and their representatives are told before a high-risk AI system is used

    Example: Productivity scoring rolled out without telling staff, assessed before the duty applies
      Given the description says:
        | field                                     | value                          |
        | ai_systems[0].is_ai_system                | yes                            |
        | ai_systems[0].role                        | deployer                       |
        | ai_systems[0].uses                        | [monitor_evaluate_performance] |
        | ai_systems[0].workers_informed_before_use | no                             |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-26-7-WORKER-INFO is upcoming
      And EU-AIA-26-7-WORKER-INFO applies from 2027-12-02

    Example: The same facts once the duty applies
      Given the description says:
        | field                                     | value                          |
        | ai_systems[0].is_ai_system                | yes                            |
        | ai_systems[0].role                        | deployer                       |
        | ai_systems[0].uses                        | [monitor_evaluate_performance] |
        | ai_systems[0].workers_informed_before_use | no                             |
      When the deployment is assessed on 2028-01-01
      Then EU-AIA-26-7-WORKER-INFO is action required
      And the verdict is not ready

    Example: An in-house model is provider and deployer at once, so the duty applies too
      Given the description says:
        | field                                     | value                          |
        | ai_systems[0].is_ai_system                | yes                            |
        | ai_systems[0].role                        | provider_and_deployer          |
        | ai_systems[0].uses                        | [monitor_evaluate_performance] |
        | ai_systems[0].workers_informed_before_use | no                             |
      When the deployment is assessed on 2028-01-01
      Then EU-AIA-26-7-WORKER-INFO is action required

    Example: Staff and their union were told before the system was switched on
      Given the description says:
        | field                                     | value                          |
        | ai_systems[0].is_ai_system                | yes                            |
        | ai_systems[0].role                        | deployer                       |
        | ai_systems[0].uses                        | [monitor_evaluate_performance] |
        | ai_systems[0].workers_informed_before_use | yes                            |
        | workforce[0].representation.trade_union   | yes                            |
        | workforce[0].consultation.informed        | yes                            |
      When the deployment is assessed on 2028-01-01
      Then EU-AIA-26-7-WORKER-INFO is satisfied

    Example: Staff were told, but the union was not informed under the national procedure
      Given the description says:
        | field                                     | value                          |
        | ai_systems[0].is_ai_system                | yes                            |
        | ai_systems[0].role                        | deployer                       |
        | ai_systems[0].uses                        | [monitor_evaluate_performance] |
        | ai_systems[0].workers_informed_before_use | yes                            |
        | workforce[0].representation.trade_union   | yes                            |
        | workforce[0].consultation.informed        | no                             |
      When the deployment is assessed on 2028-01-01
      Then EU-AIA-26-7-WORKER-INFO is action required

  @eu_aia_26_9_dpia_link
  Rule: EU-AIA-26-9-DPIA-LINK — the DPIA for a high-risk AI system is done before use

    Example: Productivity scoring with no DPIA
      Given the description says:
        | field                      | value                             |
        | monitoring.techniques      | [app_usage, productivity_scoring] |
        | ai_systems[0].is_ai_system | yes                               |
        | ai_systems[0].role         | deployer                          |
        | ai_systems[0].uses         | [monitor_evaluate_performance]    |
        | assessments.dpia.status    | none                              |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-9-DPIA-LINK is action required

    Example: The DPIA was completed before rollout
      Given the description says:
        | field                              | value                             |
        | monitoring.techniques              | [app_usage, productivity_scoring] |
        | ai_systems[0].is_ai_system         | yes                               |
        | ai_systems[0].role                 | deployer                          |
        | ai_systems[0].uses                 | [monitor_evaluate_performance]    |
        | assessments.dpia.status            | completed                         |
        | assessments.dpia.before_deployment | yes                               |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-9-DPIA-LINK is satisfied

  @eu_aia_26_11_affected_info
  Rule: EU-AIA-26-11-AFFECTED-INFO — people subject to AI-assisted decisions are told

    Example: Applicants are screened by an AI system and not told
      Given the description says:
        | field                                   | value                   |
        | workforce[0].roles                      | [employee, applicant]   |
        | ai_systems[0].is_ai_system              | yes                     |
        | ai_systems[0].role                      | deployer                |
        | ai_systems[0].uses                      | [recruitment_selection] |
        | ai_systems[0].affected_persons_informed | no                      |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-11-AFFECTED-INFO is action required

    Example: Applicants are told in the job advert and the application form
      Given the description says:
        | field                                   | value                   |
        | workforce[0].roles                      | [employee, applicant]   |
        | ai_systems[0].is_ai_system              | yes                     |
        | ai_systems[0].role                      | deployer                |
        | ai_systems[0].uses                      | [recruitment_selection] |
        | ai_systems[0].affected_persons_informed | yes                     |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-26-11-AFFECTED-INFO is satisfied

  @eu_aia_27_fria
  Rule: EU-AIA-27-FRIA — public bodies assess fundamental-rights impacts before using high-risk AI

    Example: A municipality scores its staff without a fundamental-rights impact assessment
      Given the description says:
        | field                      | value                          |
        | organisation.legal_form    | public_body                    |
        | ai_systems[0].is_ai_system | yes                            |
        | ai_systems[0].role         | deployer                       |
        | ai_systems[0].uses         | [monitor_evaluate_performance] |
        | ai_systems[0].fria_done    | no                             |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-27-FRIA is action required

    Example: An ordinary private employer is not caught
      Given the description says:
        | field                                 | value                          |
        | organisation.legal_form               | for_profit                     |
        | organisation.provides_public_services | no                             |
        | ai_systems[0].is_ai_system            | yes                            |
        | ai_systems[0].role                    | deployer                       |
        | ai_systems[0].uses                    | [monitor_evaluate_performance] |
        | ai_systems[0].fria_done               | no                             |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-27-FRIA is not applicable

    Example: The municipality did the assessment
      Given the description says:
        | field                      | value                          |
        | organisation.legal_form    | public_body                    |
        | ai_systems[0].is_ai_system | yes                            |
        | ai_systems[0].role         | deployer                       |
        | ai_systems[0].uses         | [monitor_evaluate_performance] |
        | ai_systems[0].fria_done    | yes                            |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-27-FRIA is satisfied

  @eu_aia_50_3_er_notice
  Rule: EU-AIA-50-3-ER-NOTICE — people exposed to emotion recognition are told it operates on them

    Example: A driver-fatigue camera runs without telling the drivers
      Given the description says:
        | field                                   | value                   |
        | monitoring.techniques                   | [vehicle_inward_camera] |
        | ai_systems[0].is_ai_system              | yes                     |
        | ai_systems[0].role                      | deployer                |
        | ai_systems[0].infers_emotions           | yes                     |
        | ai_systems[0].inference_inputs          | [face]                  |
        | ai_systems[0].medical_or_safety_purpose | yes                     |
        | ai_systems[0].affected_persons_informed | no                      |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-50-3-ER-NOTICE is action required

    Example: The same camera before the transparency duty applied
      Given the description says:
        | field                                   | value                   |
        | monitoring.techniques                   | [vehicle_inward_camera] |
        | ai_systems[0].is_ai_system              | yes                     |
        | ai_systems[0].role                      | deployer                |
        | ai_systems[0].infers_emotions           | yes                     |
        | ai_systems[0].inference_inputs          | [face]                  |
        | ai_systems[0].medical_or_safety_purpose | yes                     |
        | ai_systems[0].affected_persons_informed | no                      |
      When the deployment is assessed on 2026-07-01
      Then EU-AIA-50-3-ER-NOTICE is upcoming
      And EU-AIA-50-3-ER-NOTICE applies from 2026-08-02

    Example: Drivers are told the camera watches for drowsiness
      Given the description says:
        | field                                   | value                   |
        | monitoring.techniques                   | [vehicle_inward_camera] |
        | ai_systems[0].is_ai_system              | yes                     |
        | ai_systems[0].role                      | deployer                |
        | ai_systems[0].infers_emotions           | yes                     |
        | ai_systems[0].inference_inputs          | [face]                  |
        | ai_systems[0].medical_or_safety_purpose | yes                     |
        | ai_systems[0].affected_persons_informed | yes                     |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-50-3-ER-NOTICE is satisfied

  @eu_aia_86_explanation
  Rule: EU-AIA-86-EXPLANATION — people affected by a significant AI-based decision can get an explanation

    Example: A dismissal relies on productivity scores and no explanation is offered
      Given the description says:
        | field                              | value                           |
        | ai_systems[0].is_ai_system         | yes                             |
        | ai_systems[0].role                 | deployer                        |
        | ai_systems[0].uses                 | [monitor_evaluate_performance]  |
        | decisions[0].type                  | demotion_suspension_termination |
        | decisions[0].solely_automated      | no                              |
        | decisions[0].explanation_available | no                              |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-86-EXPLANATION is action required

    Example: The same dismissal assessed before 2 December 2027
      Given the description says:
        | field                              | value                           |
        | ai_systems[0].is_ai_system         | yes                             |
        | ai_systems[0].role                 | deployer                        |
        | ai_systems[0].uses                 | [monitor_evaluate_performance]  |
        | decisions[0].type                  | demotion_suspension_termination |
        | decisions[0].solely_automated      | no                              |
        | decisions[0].explanation_available | no                              |
      When the deployment is assessed on 2027-06-01
      Then EU-AIA-86-EXPLANATION is upcoming

    Example: Workers can ask HR how the score weighed in the decision
      Given the description says:
        | field                              | value                           |
        | ai_systems[0].is_ai_system         | yes                             |
        | ai_systems[0].role                 | deployer                        |
        | ai_systems[0].uses                 | [monitor_evaluate_performance]  |
        | decisions[0].type                  | demotion_suspension_termination |
        | decisions[0].solely_automated      | no                              |
        | decisions[0].explanation_available | yes                             |
      When the deployment is assessed on 2028-01-15
      Then EU-AIA-86-EXPLANATION is satisfied

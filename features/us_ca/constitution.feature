@us_ca
Feature: California Constitution, article I, section 1 — the right of privacy
  Privacy claims against employers are a balancing test (Hill v. NCAA): a protected interest, a
  reasonable expectation of privacy and a serious invasion, weighed against the employer's
  legitimate interests. The clause binds every employer, nonprofits and public bodies included,
  so the outcome is "at risk" with the reason, never a violation.

  Background:
    Given an employer in California that monitors its employees
    And the description says:
      | field                                 | value             |
      | monitoring.techniques                 | [app_usage]       |
      | monitoring.covert                     | overt             |
      | monitoring.video_locations            | []                |
      | monitoring.captures_personal_accounts | no                |
      | monitoring.device_ownership           | employer          |
      | monitoring.time_scope                 | working_time_only |
      | monitoring.inferences                 | []                |
      | monitoring.keystroke_capture          | none              |
      | monitoring.captures_message_content   | no                |
      | transparency.notice                   | before_deployment |

  @us_ca_const_i1_privacy
  Rule: US-CA-CONST-I1-PRIVACY — monitoring stays within reasonable expectations and a legitimate interest

    Example: A nonprofit hides a camera in a shared, closed office (Hernandez v. Hillsides)
      Given the description says:
        | field                                              | value          |
        | organisation.legal_form                            | nonprofit      |
        | monitoring.techniques                              | [cctv_video]   |
        | monitoring.covert                                  | targeted       |
        | monitoring.video_locations                         | [shared_office] |
        | monitoring.covert_justification.documented_suspicion | yes          |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is at risk

    Example: The same camera, silent, for three weeks, after documented suspicion of serious misconduct
      The mitigating facts Hernandez weighed are stated in the finding; it stays at risk, because
      the description cannot show that the camera runs only when nobody is there.
      Given the description says:
        | field                                                 | value              |
        | organisation.legal_form                               | nonprofit          |
        | monitoring.techniques                                 | [cctv_video]       |
        | monitoring.covert                                     | targeted           |
        | monitoring.video_locations                            | [shared_office]    |
        | monitoring.audio_recorded                             | no                 |
        | monitoring.covert_justification.documented_suspicion  | yes                |
        | monitoring.covert_justification.suspicion_type        | serious_misconduct |
        | monitoring.covert_justification.duration_days         | 21                 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is at risk

    Example: Webcam snapshots of people working from home
      Given the description says:
        | field                 | value             |
        | monitoring.techniques | [webcam_snapshot] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is at risk

    Example: Location is tracked around the clock
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [gps_device] |
        | monitoring.time_scope | always_on    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is at risk

    Example: Every keystroke is logged on laptops staff are tolerated to use privately, some of them at home
      Given the description says:
        | field                                 | value                                                                                                                      |
        | workforce                             | [{country: US, region: US-CA, roles: [employee], work_settings: [on_premises, remote_home], private_use_of_tools: tolerated}] |
        | monitoring.techniques                 | [keystroke_logging, screenshots]                                                                                           |
        | monitoring.keystroke_capture          | full_content                                                                                                               |
        | monitoring.application_scope         | all                                                                                                                        |
        | monitoring.pause_controls             | none                                                                                                                       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is at risk

    Example: Every keystroke is logged, and nobody has said whether staff may use the tools privately
      Given the description says:
        | field                         | value               |
        | monitoring.techniques         | [keystroke_logging] |
        | monitoring.keystroke_capture  | full_content        |
        | monitoring.application_scope  | all                 |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY asks "workforce[0].private_use_of_tools"

    Example: Announced keystroke logging on site, on tools that may not be used privately
      Given the description says:
        | field                         | value                                                                                                          |
        | workforce                     | [{country: US, region: US-CA, roles: [employee], work_settings: [on_premises], private_use_of_tools: forbidden}] |
        | monitoring.techniques         | [keystroke_logging]                                                                                            |
        | monitoring.keystroke_capture  | full_content                                                                                                   |
        | monitoring.application_scope  | all                                                                                                            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is satisfied

    Example: A hidden camera on the open floor runs only at night, after a documented theft (cf. Hernandez)
      Given the description says:
        | field                                                | value             |
        | monitoring.techniques                                | [cctv_video]      |
        | monitoring.covert                                    | targeted          |
        | monitoring.covert_justification.documented_suspicion | yes               |
        | monitoring.video_locations                           | [open_floor]      |
        | monitoring.time_scope                                | includes_off_duty |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is satisfied

    Example: A city agency films its open-plan floor, and staff were told beforehand
      Given the description says:
        | field                      | value        |
        | organisation.legal_form    | public_body  |
        | monitoring.techniques      | [cctv_video] |
        | monitoring.video_locations | [open_floor] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is satisfied

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

    Example: A city agency films its open-plan floor, and staff were told beforehand
      Given the description says:
        | field                      | value        |
        | organisation.legal_form    | public_body  |
        | monitoring.techniques      | [cctv_video] |
        | monitoring.video_locations | [open_floor] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CONST-I1-PRIVACY is satisfied

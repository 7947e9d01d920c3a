@fr
Feature: CNIL doctrine — keyloggers, telework and the DPIA list
  The CNIL treats keyloggers and permanent surveillance of remote workers as disproportionate and
  lists constant monitoring of employees among processing that always needs a DPIA.

  Background:
    Given an employer in France that monitors its employees

  @fr_cnil_keylogger
  Rule: FR-CNIL-KEYLOGGER — no keylogger records everything workers type unless a strong security imperative and specific notice justify it

    Example: Keylogger for productivity
      Given the description says:
        | field                        | value                      |
        | monitoring.techniques        | [keystroke_logging]        |
        | monitoring.keystroke_capture | full_content               |
        | monitoring.covert            | overt                      |
        | purposes                     | [productivity_measurement] |
        | transparency.notice          | before_deployment          |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-KEYLOGGER is violation

    Example: Hidden keylogger
      Given the description says:
        | field                        | value                     |
        | monitoring.techniques        | [keystroke_logging]       |
        | monitoring.keystroke_capture | full_content              |
        | monitoring.covert            | general                   |
        | purposes                     | [trade_secret_protection] |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-KEYLOGGER is violation

    Example: General IT security
      Given the description says:
        | field                        | value               |
        | monitoring.techniques        | [keystroke_logging] |
        | monitoring.keystroke_capture | full_content        |
        | monitoring.covert            | overt               |
        | transparency.notice          | before_deployment   |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-KEYLOGGER is at risk

    Example: Trade secrets specific notice
      Given the description says:
        | field                        | value                     |
        | monitoring.techniques        | [keystroke_logging]       |
        | monitoring.keystroke_capture | full_content              |
        | monitoring.covert            | overt                     |
        | purposes                     | [trade_secret_protection] |
        | transparency.notice          | before_deployment         |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-KEYLOGGER is satisfied

    Example: Keystroke counts only
      Given the description says:
        | field                        | value               |
        | monitoring.techniques        | [keystroke_logging] |
        | monitoring.keystroke_capture | metadata_only       |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-KEYLOGGER is not applicable

  @fr_cnil_telework
  Rule: FR-CNIL-TELEWORK — remote workers in France are not placed under permanent camera, screen, sound or keystroke surveillance

    Example: Webcam on home workers
      Given the description says:
        | field                      | value             |
        | workforce[0].work_settings | [remote_home]     |
        | monitoring.techniques      | [webcam_video]    |
        | transparency.notice        | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-TELEWORK is violation

    Example: Keylogger on home workers
      Given the description says:
        | field                        | value               |
        | workforce[0].work_settings   | [remote_home]       |
        | monitoring.techniques        | [keystroke_logging] |
        | monitoring.keystroke_capture | full_content        |
        | transparency.notice          | before_deployment   |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-TELEWORK is violation

    Example: Periodic screenshots
      Given the description says:
        | field                      | value             |
        | workforce[0].work_settings | [remote_home]     |
        | monitoring.techniques      | [screenshots]     |
        | transparency.notice        | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-TELEWORK is at risk

    Example: Announced app usage
      Given the description says:
        | field                      | value                      |
        | workforce[0].work_settings | [remote_home, on_premises] |
        | transparency.notice        | before_deployment          |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-TELEWORK is satisfied

    Example: Office workers only
      Given the description says:
        | field                      | value         |
        | workforce[0].work_settings | [on_premises] |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-TELEWORK is not applicable

  @fr_cnil_dpia_list
  Rule: FR-CNIL-DPIA-LIST — a DPIA is completed before constant monitoring of employees' activity starts, as the CNIL list requires

    Example: DLP without DPIA
      Given the description says:
        | field                   | value |
        | monitoring.techniques   | [dlp] |
        | assessments.dpia.status | none  |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-DPIA-LIST is action required

    Example: DPIA after rollout
      Given the description says:
        | field                              | value              |
        | monitoring.techniques              | [email_monitoring] |
        | assessments.dpia.status            | completed          |
        | assessments.dpia.before_deployment | false              |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-DPIA-LIST is action required

    Example: DPIA before rollout
      Given the description says:
        | field                              | value     |
        | monitoring.techniques              | [dlp]     |
        | assessments.dpia.status            | completed |
        | assessments.dpia.before_deployment | true      |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-DPIA-LIST is satisfied

    Example: Team level app usage
      Given the description says:
        | field                  | value          |
        | monitoring.granularity | aggregate_team |
      When the deployment is assessed on 2026-12-01
      Then FR-CNIL-DPIA-LIST is not applicable

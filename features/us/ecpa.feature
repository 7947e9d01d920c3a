@us
Feature: Wiretap Act (ECPA Title I) — interception of communications
  Federal law is satisfied by one party's prior consent or the ordinary-course business-use
  exception. That never settles California's all-party rule.

  Background:
    Given an employer in the United States that monitors its employees

  @us_ecpa_2511_intercept
  Rule: US-ECPA-2511-INTERCEPT — interception only with consent or in the ordinary course of business

    Example: Personal webmail is captured covertly at the gateway
      Given the description says:
        | field                                 | value              |
        | monitoring.techniques                 | [email_monitoring] |
        | monitoring.covert                     | general            |
        | monitoring.captures_personal_accounts | yes                |
      When the deployment is assessed on 2026-12-01
      Then US-ECPA-2511-INTERCEPT is violation

    Example: Calls are monitored secretly, work calls only
      Given the description says:
        | field                                 | value            |
        | monitoring.techniques                 | [call_recording] |
        | monitoring.covert                     | targeted         |
        | monitoring.captures_personal_accounts | no               |
      When the deployment is assessed on 2026-12-01
      Then US-ECPA-2511-INTERCEPT is at risk

    Example: Staff are told that work calls are recorded
      Given the description says:
        | field                                 | value            |
        | monitoring.techniques                 | [call_recording] |
        | monitoring.covert                     | overt            |
        | monitoring.captures_personal_accounts | no               |
      When the deployment is assessed on 2026-12-01
      Then US-ECPA-2511-INTERCEPT is satisfied

    Example: Only keystroke counts and timing are logged, so no content is captured
      Given the description says:
        | field                               | value               |
        | monitoring.techniques               | [keystroke_logging] |
        | monitoring.keystroke_capture        | metadata_only       |
        | monitoring.captures_message_content | no                  |
        | monitoring.audio_recorded           | no                  |
      When the deployment is assessed on 2026-12-01
      Then US-ECPA-2511-INTERCEPT is not applicable

    Example: A disclosed keylogger captures messages as they are written (Luis v. Zang), with the workers' consent
      Given the description says:
        | field                                 | value                            |
        | monitoring.techniques                 | [keystroke_logging, screenshots] |
        | monitoring.keystroke_capture          | full_content                     |
        | monitoring.captures_message_content   | yes                              |
        | monitoring.covert                     | overt                            |
        | monitoring.captures_personal_accounts | yes                              |
        | monitoring.audio_recorded             | no                               |
      When the deployment is assessed on 2026-12-01
      Then US-ECPA-2511-INTERCEPT is satisfied

    Example: A hidden keylogger captures personal messages; whether that intercepts divides the courts (Ropp; Luis v. Zang)
      Given the description says:
        | field                                 | value               |
        | monitoring.techniques                 | [keystroke_logging] |
        | monitoring.keystroke_capture          | full_content        |
        | monitoring.captures_message_content   | yes                 |
        | monitoring.covert                     | targeted            |
        | monitoring.captures_personal_accounts | yes                 |
        | monitoring.audio_recorded             | no                  |
      When the deployment is assessed on 2026-12-01
      Then US-ECPA-2511-INTERCEPT is at risk

    Example: Dash cameras record cab audio and drivers were told (federal one-party consent)
      Given the description says:
        | field                                 | value                   |
        | monitoring.techniques                 | [vehicle_inward_camera] |
        | monitoring.audio_recorded             | yes                     |
        | monitoring.covert                     | overt                   |
        | monitoring.captures_personal_accounts | no                      |
      When the deployment is assessed on 2026-12-01
      Then US-ECPA-2511-INTERCEPT is satisfied

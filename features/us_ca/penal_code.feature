@us_ca
Feature: California Penal Code — interception, recording, tracking and computer access
  California's Invasion of Privacy Act needs the consent of every party to a communication, and
  protects anyone in California even when the recording happens in another state. Federal
  one-party consent never satisfies it.

  @us_ca_pen_502_access
  Rule: US-CA-PEN-502-ACCESS — agents reach workers' own devices and accounts only with permission

    Background:
      Given an employer in California that monitors its employees

    Example: A hidden agent is pushed onto workers' personal phones
      Given the description says:
        | field                                 | value    |
        | monitoring.device_ownership           | personal |
        | monitoring.covert                     | general  |
        | monitoring.captures_personal_accounts | no       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-502-ACCESS is violation

    Example: The agent is installed openly on bring-your-own laptops
      Given the description says:
        | field                                 | value |
        | monitoring.device_ownership           | mixed |
        | monitoring.covert                     | overt |
        | monitoring.captures_personal_accounts | no    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-502-ACCESS is satisfied

    Example: Work laptops are the employer's; personal webmail shows up but passwords are masked
      Given the description says:
        | field                                 | value                            |
        | monitoring.techniques                 | [keystroke_logging, screenshots] |
        | monitoring.device_ownership           | employer                         |
        | monitoring.covert                     | overt                            |
        | monitoring.captures_personal_accounts | yes                              |
        | monitoring.credentials_captured       | masked                           |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-502-ACCESS is satisfied

  @us_ca_pen_631_intercept
  Rule: US-CA-PEN-631-INTERCEPT — communications are read in transit only with every party's consent

    Background:
      Given an employer in California that monitors its employees

    Example: Customer chats are replayed with no banner
      Given the description says:
        | field                                     | value            |
        | monitoring.techniques                     | [session_replay] |
        | monitoring.covert                         | overt            |
        | monitoring.captures_external_parties      | yes              |
        | monitoring.external_parties_in_california | yes              |
        | monitoring.all_party_consent_mechanism    | none             |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-631-INTERCEPT is violation

    Example: A keylogger records what staff type to customers, with consent only in staff contracts
      Given the description says:
        | field                                     | value               |
        | monitoring.techniques                     | [keystroke_logging] |
        | monitoring.keystroke_capture              | full_content        |
        | monitoring.captures_message_content       | yes                 |
        | monitoring.covert                         | overt               |
        | monitoring.captures_external_parties      | yes                 |
        | monitoring.external_parties_in_california | yes                 |
        | monitoring.all_party_consent_mechanism    | contract_terms      |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-631-INTERCEPT is at risk

    Example: A banner asks for consent before every chat
      Given the description says:
        | field                                     | value            |
        | monitoring.techniques                     | [session_replay] |
        | monitoring.covert                         | overt            |
        | monitoring.captures_external_parties      | yes              |
        | monitoring.external_parties_in_california | yes              |
        | monitoring.all_party_consent_mechanism    | banner           |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-631-INTERCEPT is satisfied

    Example: A banner on staff laptops cannot give the consent of the outside people whose e-mails are keylogged
      Given the description says:
        | field                                     | value                            |
        | monitoring.techniques                     | [keystroke_logging, screenshots] |
        | monitoring.keystroke_capture              | full_content                     |
        | monitoring.captures_message_content       | yes                              |
        | monitoring.covert                         | overt                            |
        | monitoring.captures_external_parties      | yes                              |
        | monitoring.external_parties_in_california | yes                              |
        | monitoring.all_party_consent_mechanism    | banner                           |
        | monitoring.audio_recorded                 | no                               |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-631-INTERCEPT is at risk

    Example: Unannounced customer calls go to a speech-analytics vendor (is the vendor an eavesdropper? courts split)
      Given the description says:
        | field                                     | value                                                           |
        | monitoring.techniques                     | [call_recording]                                                |
        | monitoring.covert                         | overt                                                           |
        | monitoring.captures_external_parties      | yes                                                             |
        | monitoring.external_parties_in_california | yes                                                             |
        | monitoring.all_party_consent_mechanism    | none                                                            |
        | recipients                                | [{name: Speech analytics vendor, role: service_provider}]       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-631-INTERCEPT is at risk

    Example: The business records its own calls and keeps them in-house: a party does not eavesdrop (the missing announcement is a §632 matter)
      Given the description says:
        | field                                     | value            |
        | monitoring.techniques                     | [call_recording] |
        | monitoring.covert                         | overt            |
        | monitoring.captures_external_parties      | yes              |
        | monitoring.external_parties_in_california | yes              |
        | monitoring.all_party_consent_mechanism    | none             |
        | recipients                                | []               |
        | security.who_sees_individual_data         | [line_manager]   |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-631-INTERCEPT is satisfied
      And US-CA-PEN-632-RECORD is violation

    Example: Calls are announced to callers before a vendor analyses them
      Given the description says:
        | field                                     | value                                                     |
        | monitoring.techniques                     | [call_recording]                                          |
        | monitoring.covert                         | overt                                                     |
        | monitoring.captures_external_parties      | yes                                                       |
        | monitoring.external_parties_in_california | yes                                                       |
        | monitoring.all_party_consent_mechanism    | call_announcement                                         |
        | recipients                                | [{name: Speech analytics vendor, role: service_provider}] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-631-INTERCEPT is satisfied

  @us_ca_pen_632_record
  Rule: US-CA-PEN-632-RECORD — conversations are recorded only with every party's consent

    Example: A Nevada contact centre records calls with Californian customers, relying on staff contracts
      Given the deployment description:
        """
        schema_version: 1
        name: Nevada contact centre
        organisation: {legal_form: for_profit, establishments: [US]}
        workforce:
          - {country: US, region: US-NV, roles: [employee]}
        monitoring:
          techniques: [call_recording]
          covert: overt
          captures_external_parties: true
          external_parties_in_california: true
          all_party_consent_mechanism: contract_terms
        """
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-632-RECORD is violation

    Example: Every call starts with a recording announcement
      Given an employer in California that monitors its employees
      And the description says:
        | field                                   | value             |
        | monitoring.techniques                   | [call_recording]  |
        | monitoring.covert                       | overt             |
        | monitoring.captures_external_parties    | yes               |
        | monitoring.external_parties_in_california | yes             |
        | monitoring.all_party_consent_mechanism  | call_announcement |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-632-RECORD is satisfied

    Example: No audio, but keystrokes and screenshots capture e-mails and chats with people in California
      Given an employer in California that monitors its employees
      And the description says:
        | field                                     | value                            |
        | monitoring.techniques                     | [keystroke_logging, screenshots] |
        | monitoring.keystroke_capture              | full_content                     |
        | monitoring.captures_message_content       | yes                              |
        | monitoring.covert                         | overt                            |
        | monitoring.captures_external_parties      | yes                              |
        | monitoring.external_parties_in_california | yes                              |
        | monitoring.audio_recorded                 | no                               |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-632-RECORD is at risk

    Example: Disclosed screenshots show only colleagues' internal chats
      Given an employer in California that monitors its employees
      And the description says:
        | field                                | value         |
        | monitoring.techniques                | [screenshots] |
        | monitoring.captures_message_content  | yes           |
        | monitoring.covert                    | overt         |
        | monitoring.captures_external_parties | no            |
        | monitoring.audio_recorded            | no            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-632-RECORD is satisfied

  @us_ca_pen_637_7_tracker
  Rule: US-CA-PEN-637-7-TRACKER — tracking devices only on vehicles whose owner consented

    Background:
      Given an employer in California that monitors its employees

    Example: GPS units on drivers' own cars, without their consent
      Given the description says:
        | field                            | value          |
        | monitoring.techniques            | [gps_vehicle]  |
        | monitoring.vehicle_ownership     | employee_owned |
        | monitoring.vehicle_owner_consent | no             |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-637-7-TRACKER is violation

    Example: GPS units on the company's own fleet
      Given the description says:
        | field                        | value                     |
        | monitoring.techniques        | [gps_vehicle, telematics] |
        | monitoring.vehicle_ownership | employer_owned            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-637-7-TRACKER is satisfied

    Example: Location comes from an app on the worker's phone
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [gps_device] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-637-7-TRACKER is at risk

    Example: Nobody has said who owns the tracked vehicles
      Given the description says:
        | field                 | value         |
        | monitoring.techniques | [gps_vehicle] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-PEN-637-7-TRACKER asks "monitoring.vehicle_ownership"

@eu
Feature: WP29 Opinion 2/2017 on data processing at work (WP249)
  The Article 29 Working Party's reading of the GDPR for monitoring at work. Not binding law, but
  supervisory authorities still apply it.

  Background:
    Given an employer in Ireland that monitors its employees

  @eu_wp249_comms_content
  Rule: EU-WP249-COMMS-CONTENT — private correspondence stays out, content is inspected only after notice

    Example: E-mail content inspected without telling staff first
      Given the description says:
        | field                               | value |
        | monitoring.captures_message_content | yes   |
        | transparency.notice                 | none  |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-COMMS-CONTENT is action required

    Example: Announced inspection, private use forbidden, private accounts not captured
      Given the description says:
        | field                                 | value             |
        | monitoring.captures_message_content   | yes               |
        | monitoring.captures_personal_accounts | no                |
        | transparency.notice                   | before_deployment |
        | workforce[0].private_use_of_tools     | forbidden         |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-COMMS-CONTENT is satisfied

  @eu_wp249_consent
  Rule: EU-WP249-CONSENT — consent only where refusing has no consequence

    Example: Consent to feedback recording, with no alternative for those who refuse
      Given the description says:
        | field                                           | value               |
        | purposes                                        | [training_feedback] |
        | legal_basis.bases.training_feedback             | consent             |
        | legal_basis.alternatives_offered_to_individuals | no                  |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-CONSENT is action required

    Example: No purpose relies on consent
      Given the description says:
        | field                         | value                |
        | legal_basis.bases.it_security | legitimate_interests |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-CONSENT is satisfied

  @eu_wp249_4tests
  Rule: EU-WP249-4TESTS — necessity, legal ground, proportionality and transparency are tested first

    Example: Monitoring rolled out without telling staff
      Given the description says:
        | field                         | value                |
        | legal_basis.bases.it_security | legitimate_interests |
        | transparency.notice           | none                 |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-4TESTS is action required

    Example: Basis, notice and alternatives all in place
      Given the description says:
        | field                                           | value                |
        | legal_basis.bases.it_security                   | legitimate_interests |
        | transparency.notice                             | before_deployment    |
        | monitoring.less_intrusive_alternatives_assessed | yes                  |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-4TESTS is satisfied

  @eu_wp249_social
  Rule: EU-WP249-SOCIAL — social media screening only when needed and announced

    Example: Staff asked for access to their private social media
      Given the description says:
        | field                                              | value                     |
        | monitoring.techniques                              | [social_media_monitoring] |
        | hr_practices.requests_personal_social_media_access | yes                       |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-SOCIAL is at risk

    Example: Announced screening of public professional profiles only
      Given the description says:
        | field                                              | value                     |
        | monitoring.techniques                              | [social_media_monitoring] |
        | hr_practices.requests_personal_social_media_access | no                        |
        | transparency.notice                                | before_deployment         |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-SOCIAL is satisfied

  @eu_wp249_prevention_first
  Rule: EU-WP249-PREVENTION-FIRST — misuse is prevented by blocking and filtering before inspection

    Example: All encrypted traffic decrypted, webmail and health sites included
      Given the description says:
        | field                        | value            |
        | monitoring.techniques        | [tls_inspection] |
        | monitoring.excluded_contexts | []               |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-PREVENTION-FIRST is at risk

    Example: Data-loss prevention without content inspection
      Given the description says:
        | field                               | value |
        | monitoring.techniques               | [dlp] |
        | monitoring.captures_message_content | no    |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-PREVENTION-FIRST is satisfied

  @eu_wp249_home_keylog
  Rule: EU-WP249-HOME-KEYLOG — remote workers are not monitored through keystrokes, screens or webcams

    Example: Keystroke logging on home workers' laptops
      Given the description says:
        | field                      | value               |
        | workforce[0].work_settings | [remote_home]       |
        | monitoring.techniques      | [keystroke_logging] |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-HOME-KEYLOG is at risk

    Example: Home workers' application usage only
      Given the description says:
        | field                      | value         |
        | workforce[0].work_settings | [remote_home] |
        | monitoring.techniques      | [app_usage]   |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-HOME-KEYLOG is satisfied

  @eu_wp249_byod
  Rule: EU-WP249-BYOD — on workers' own devices only separated work data is monitored

    Example: The agent watches the whole of a worker's own phone
      Given the description says:
        | field                        | value    |
        | monitoring.device_ownership  | personal |
        | monitoring.application_scope | all      |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-BYOD is at risk

    Example: Only the work profile of a personal phone is monitored
      Given the description says:
        | field                                 | value          |
        | monitoring.device_ownership           | personal       |
        | monitoring.application_scope          | work_apps_only |
        | monitoring.captures_personal_accounts | no             |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-BYOD is satisfied

  @eu_wp249_mdm_location
  Rule: EU-WP249-MDM-LOCATION — device location serves a specific need, not continuous tracking

    Example: Company phones located around the clock
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [gps_device] |
        | monitoring.time_scope | always_on    |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-MDM-LOCATION is at risk

    Example: Location used during working time only, no live tracking
      Given the description says:
        | field                  | value             |
        | monitoring.techniques  | [gps_device]      |
        | monitoring.time_scope  | working_time_only |
        | monitoring.granularity | individual_daily  |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-MDM-LOCATION is satisfied

  @eu_wp249_wearables
  Rule: EU-WP249-WEARABLES — wearable health data is not collected on consent nor seen by the employer

    Example: Wearable health data collected on the workers' consent
      Given the description says:
        | field                                  | value             |
        | monitoring.techniques                  | [wearable_sensor] |
        | legal_basis.special_category_condition | explicit_consent  |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-WEARABLES is action required

    Example: Readings handled by occupational medicine, never shown to managers
      Given the description says:
        | field                                  | value                       |
        | monitoring.techniques                  | [wearable_sensor]           |
        | legal_basis.special_category_condition | occupational_medicine_9_2_h |
        | security.who_sees_individual_data      | [vendor]                    |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-WEARABLES is satisfied

  @eu_wp249_video
  Rule: EU-WP249-VIDEO — video of workers is not analysed for expressions or behaviour

    Example: Camera footage analysed for facial expressions
      Given the description says:
        | field                 | value                             |
        | monitoring.techniques | [cctv_video, emotion_recognition] |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-VIDEO is at risk

    Example: Plain recording without analytics
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [cctv_video] |
        | monitoring.inferences | []           |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-VIDEO is satisfied

  @eu_wp249_vehicles
  Rule: EU-WP249-VEHICLES — vehicle tracking stops off duty and during permitted private use

    Example: Private trips allowed, but tracking cannot be switched off
      Given the description says:
        | field                             | value             |
        | monitoring.techniques             | [gps_vehicle]     |
        | monitoring.time_scope             | working_time_only |
        | monitoring.pause_controls         | none              |
        | workforce[0].private_use_of_tools | permitted         |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-VEHICLES is at risk

    Example: Tracking limited to working time, with a privacy switch
      Given the description says:
        | field                             | value             |
        | monitoring.techniques             | [gps_vehicle]     |
        | monitoring.time_scope             | working_time_only |
        | monitoring.pause_controls         | pause             |
        | workforce[0].private_use_of_tools | permitted         |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-VEHICLES is satisfied

  @eu_wp249_transfers
  Rule: EU-WP249-TRANSFERS — group and non-EEA sharing goes under a valid arrangement

    Example: Monitoring data sent to a US parent company with no safeguards
      Given the description says:
        | field                            | value     |
        | recipients[0].name               | Parent    |
        | recipients[0].role               | affiliate |
        | recipients[0].country            | US        |
        | recipients[0].contract_compliant | no        |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-TRANSFERS is action required

    Example: The same transfer under a compliant arrangement
      Given the description says:
        | field                            | value     |
        | recipients[0].name               | Parent    |
        | recipients[0].role               | affiliate |
        | recipients[0].country            | US        |
        | recipients[0].contract_compliant | yes       |
      When the deployment is assessed on 2026-12-01
      Then EU-WP249-TRANSFERS is satisfied

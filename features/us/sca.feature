@us
Feature: Stored Communications Act — workers' personal online accounts

  Background:
    Given an employer in the United States that monitors its employees

  @us_sca_2701_stored
  Rule: US-SCA-2701-STORED — personal accounts are not entered without free authorisation

    Example: Managers ask for a password to read a private staff group
      Given the description says:
        | field                                            | value |
        | monitoring.captures_personal_accounts            | yes   |
        | hr_practices.requests_personal_social_media_access | yes |
      When the deployment is assessed on 2026-12-01
      Then US-SCA-2701-STORED is violation

    Example: The keylogger captures webmail passwords
      Given the description says:
        | field                                            | value               |
        | monitoring.techniques                            | [keystroke_logging] |
        | monitoring.captures_personal_accounts            | yes                 |
        | monitoring.credentials_captured                  | captured            |
        | hr_practices.requests_personal_social_media_access | no                |
      When the deployment is assessed on 2026-12-01
      Then US-SCA-2701-STORED is at risk

    Example: Password fields are masked and nobody asks for access
      Given the description says:
        | field                                            | value       |
        | monitoring.techniques                            | [app_usage] |
        | monitoring.captures_personal_accounts            | yes         |
        | monitoring.credentials_captured                  | masked      |
        | hr_practices.requests_personal_social_media_access | no        |
      When the deployment is assessed on 2026-12-01
      Then US-SCA-2701-STORED is satisfied

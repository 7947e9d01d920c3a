@us_ca
Feature: California Invasion of Privacy Act — Penal Code §632
  Recording a confidential conversation needs the consent of every party, and the rule protects
  anyone in California even when the recording happens in another state.

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

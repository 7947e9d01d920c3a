@it
Feature: Codice privacy — criminal enforcement of the Statuto
  Arts. 113, 114 and 171 of the Privacy Code make breaches of Statuto arts. 4 and 8 criminal offences.

  Background:
    Given an employer in Italy that monitors its employees

  @it_codice_113_114_171
  Rule: IT-CODICE-113-114-171 — monitoring in Italy avoids the Statuto art. 4 and art. 8 breaches that the Privacy Code makes criminal

    Example: Remote control without procedure
      Given the description says:
        | field                                             | value |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | false |
        | monitoring.inferences                             | []    |
      When the deployment is assessed on 2026-12-01
      Then IT-CODICE-113-114-171 is violation

    Example: Inquiry into union activity
      Given the description says:
        | field                                      | value            |
        | workforce[0].consultation.agreement_signed | true             |
        | monitoring.inferences                      | [union_activity] |
      When the deployment is assessed on 2026-12-01
      Then IT-CODICE-113-114-171 is violation

    Example: Planned without procedure
      Given the description says:
        | field                                             | value      |
        | processing_started_on                             | 2027-03-01 |
        | workforce[0].consultation.agreement_signed        | false      |
        | workforce[0].consultation.authority_authorisation | false      |
        | monitoring.inferences                             | []         |
      When the deployment is assessed on 2026-12-01
      Then IT-CODICE-113-114-171 is at risk

    Example: Agreement and no opinion inferences
      Given the description says:
        | field                                      | value         |
        | workforce[0].consultation.agreement_signed | true          |
        | monitoring.inferences                      | [performance] |
      When the deployment is assessed on 2026-12-01
      Then IT-CODICE-113-114-171 is satisfied

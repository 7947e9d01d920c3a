@it
Feature: Garante — e-mail metadata
  E-mail metadata kept longer than about 21 days need the Statuto art. 4(1) procedure.

  Background:
    Given an employer in Italy that monitors its employees

  @it_garante_email_meta
  Rule: IT-GARANTE-EMAIL-META — e-mail metadata of workers in Italy are kept about 21 days at most, unless the art. 4(1) procedure covers longer

    Example: Metadata kept 90 days
      Given the description says:
        | field                                             | value              |
        | monitoring.techniques                             | [email_monitoring] |
        | monitoring.captures_message_content               | false              |
        | retention.days.communications                     | 90                 |
        | workforce[0].consultation.agreement_signed        | false              |
        | workforce[0].consultation.authority_authorisation | false              |
      When the deployment is assessed on 2026-12-01
      Then IT-GARANTE-EMAIL-META is action required

    Example: Metadata kept 21 days
      Given the description says:
        | field                                             | value              |
        | monitoring.techniques                             | [email_monitoring] |
        | monitoring.captures_message_content               | false              |
        | retention.days.communications                     | 21                 |
        | workforce[0].consultation.agreement_signed        | false              |
        | workforce[0].consultation.authority_authorisation | false              |
      When the deployment is assessed on 2026-12-01
      Then IT-GARANTE-EMAIL-META is satisfied

    Example: Longer retention under agreement
      Given the description says:
        | field                                      | value              |
        | monitoring.techniques                      | [email_monitoring] |
        | monitoring.captures_message_content        | false              |
        | retention.days.communications              | 180                |
        | workforce[0].consultation.agreement_signed | true               |
      When the deployment is assessed on 2026-12-01
      Then IT-GARANTE-EMAIL-META is satisfied

    Example: No email logging
      When the deployment is assessed on 2026-12-01
      Then IT-GARANTE-EMAIL-META is not applicable

    Example: Retention unknown
      Given the description says:
        | field                                             | value              |
        | monitoring.techniques                             | [email_monitoring] |
        | workforce[0].consultation.agreement_signed        | false              |
        | workforce[0].consultation.authority_authorisation | false              |
      When the deployment is assessed on 2026-12-01
      Then IT-GARANTE-EMAIL-META is needs information
      And IT-GARANTE-EMAIL-META asks "retention.days.communications"

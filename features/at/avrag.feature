@at
Feature: AVRAG — control measures without a works council
  Without a works council, each employee must agree to control measures that touch human dignity.

  Background:
    Given an employer in Austria that monitors its employees

  @at_avrag_10_no_wc
  Rule: AT-AVRAG-10-NO-WC — without a works council, each employee has agreed to control measures that touch human dignity

    Example: No individual consent
      Given the description says:
        | field                                      | value         |
        | monitoring.techniques                      | [gps_vehicle] |
        | workforce[0].representation.works_council  | false         |
        | workforce[0].consultation.agreement_signed | false         |
      When the deployment is assessed on 2026-12-01
      Then AT-AVRAG-10-NO-WC is action required

    Example: Each employee agreed
      Given the description says:
        | field                                      | value         |
        | monitoring.techniques                      | [gps_vehicle] |
        | workforce[0].representation.works_council  | false         |
        | workforce[0].consultation.agreement_signed | true          |
      When the deployment is assessed on 2026-12-01
      Then AT-AVRAG-10-NO-WC is satisfied

    Example: Works council exists
      Given the description says:
        | field                 | value         |
        | monitoring.techniques | [gps_vehicle] |
      When the deployment is assessed on 2026-12-01
      Then AT-AVRAG-10-NO-WC is not applicable

    Example: Consent unknown
      Given the description says:
        | field                                     | value         |
        | monitoring.techniques                     | [gps_vehicle] |
        | workforce[0].representation.works_council | false         |
      When the deployment is assessed on 2026-12-01
      Then AT-AVRAG-10-NO-WC is needs information
      And AT-AVRAG-10-NO-WC asks "workforce[0].consultation.agreement_signed"

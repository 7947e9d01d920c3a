@nl
Feature: Wet op de ondernemingsraden — advice and consent of the works council
  Monitoring facilities able to observe or check staff need the works council's consent; without it
  the decision is void once the council invokes nullity.

  Background:
    Given an employer in the Netherlands that monitors its employees

  @nl_wor_25_1_k_advice
  Rule: NL-WOR-25-1-K-ADVICE — the works council's advice on the monitoring system is sought while it can still change the decision

    Example: Advice sought
      Given the description says:
        | field                               | value |
        | workforce[0].consultation.consulted | true  |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-25-1-K-ADVICE is satisfied

    Example: Advice not sought
      Given the description says:
        | field                               | value |
        | workforce[0].consultation.consulted | false |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-25-1-K-ADVICE is action required

    Example: No works council
      Given the description says:
        | field                                     | value |
        | workforce[0].headcount                    | 30    |
        | workforce[0].representation.works_council | false |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-25-1-K-ADVICE is not applicable

  @nl_wor_27_1_k_data
  Rule: NL-WOR-27-1-K-DATA — the works council has consented to the arrangement on processing and protecting staff personal data

    Example: Works council consented
      Given the description says:
        | field                                      | value |
        | monitoring.covert                          | overt |
        | workforce[0].consultation.agreement_signed | true  |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-K-DATA is satisfied

    Example: Court replacement consent
      Given the description says:
        | field                                             | value |
        | monitoring.covert                                 | overt |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | true  |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-K-DATA is satisfied

    Example: No consent
      Given the description says:
        | field                                             | value |
        | monitoring.covert                                 | overt |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | false |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-K-DATA is action required

    Example: Covert investigation of named persons
      Given the description says:
        | field             | value    |
        | monitoring.covert | targeted |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-K-DATA is not applicable

    Example: Consent unknown
      Given the description says:
        | field             | value |
        | monitoring.covert | overt |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-K-DATA is needs information
      And NL-WOR-27-1-K-DATA asks "workforce[0].consultation.agreement_signed"

  @nl_wor_27_1_l_consent
  Rule: NL-WOR-27-1-L-CONSENT — the works council has consented to facilities able to observe or check staff presence, behaviour or performance

    Example: Works council consented
      Given the description says:
        | field                                      | value |
        | monitoring.covert                          | overt |
        | workforce[0].consultation.agreement_signed | true  |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-L-CONSENT is satisfied

    Example: Court replacement consent
      Given the description says:
        | field                                             | value |
        | monitoring.covert                                 | overt |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | true  |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-L-CONSENT is satisfied

    Example: No consent
      Given the description says:
        | field                                             | value |
        | monitoring.covert                                 | overt |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | false |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-L-CONSENT is action required

    Example: Covert investigation of named persons
      Given the description says:
        | field             | value    |
        | monitoring.covert | targeted |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-L-CONSENT is not applicable

    Example: Consent unknown
      Given the description says:
        | field             | value |
        | monitoring.covert | overt |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-1-L-CONSENT is needs information
      And NL-WOR-27-1-L-CONSENT asks "workforce[0].consultation.agreement_signed"

  @nl_wor_27_5_null
  Rule: NL-WOR-27-5-NULL — the monitoring arrangement is not put into effect without the works council's consent

    Example: In effect without consent
      Given the description says:
        | field                                             | value |
        | monitoring.covert                                 | overt |
        | workforce[0].consultation.agreement_signed        | false |
        | workforce[0].consultation.authority_authorisation | false |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-5-NULL is violation

    Example: Planned without consent
      Given the description says:
        | field                                             | value      |
        | processing_started_on                             | 2027-02-01 |
        | monitoring.covert                                 | overt      |
        | workforce[0].consultation.agreement_signed        | false      |
        | workforce[0].consultation.authority_authorisation | false      |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-5-NULL is action required

    Example: Consented before rollout
      Given the description says:
        | field                                      | value      |
        | monitoring.covert                          | overt      |
        | workforce[0].consultation.agreement_signed | true       |
        | workforce[0].consultation.date             | 2025-12-10 |
      When the deployment is assessed on 2026-12-01
      Then NL-WOR-27-5-NULL is satisfied

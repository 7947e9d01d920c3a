@us_ca
Feature: California Consumer Privacy Act — Civil Code §1798.100 et seq.
  Since 1 January 2023 the CCPA protects workers who live in California, when their employer is
  a for-profit "business" above the statutory thresholds.

  Background:
    Given an employer in California that monitors its employees

  @us_ca_ccpa_100_notice
  Rule: US-CA-CCPA-100-NOTICE — workers get a notice at or before collection

    Example: No notice at all
      Given the description says:
        | field                      | value |
        | monitoring.covert          | overt |
        | transparency.notice        | none  |
        | transparency.notice_covers | []    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is action required

    Example: A complete notice at collection
      Given the description says:
        | field                           | value                                              |
        | monitoring.covert               | overt                                              |
        | monitoring.captures_message_content | no                                             |
        | monitoring.credentials_captured | not_captured                                       |
        | monitoring.inferences           | []                                                 |
        | transparency.notice             | at_collection                                      |
        | transparency.notice_covers      | [data_categories, purposes, sold_shared, retention] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is satisfied

    Example: A nonprofit is not a CCPA business
      Given the description says:
        | field                  | value     |
        | organisation.legal_form | nonprofit |
      When the deployment is assessed on 2026-12-01
      Then US-CA-CCPA-100-NOTICE is not applicable

    Example: The revenue threshold moved with inflation on 1 January 2025
      Given the description says:
        | field                                               | value    |
        | organisation.annual_revenue_usd                     | 26000000 |
        | organisation.ca_consumers_bought_sold_shared_per_year | 2000   |
        | organisation.revenue_share_from_selling_pi          | 0        |
        | monitoring.covert                                   | overt    |
        | transparency.notice                                 | none     |
      When the deployment is assessed on 2024-12-01
      Then US-CA-CCPA-100-NOTICE is action required
      When the deployment is assessed on 2025-06-01
      Then US-CA-CCPA-100-NOTICE is not applicable

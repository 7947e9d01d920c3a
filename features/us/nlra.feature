@us
Feature: National Labor Relations Act — surveillance of protected activity and bargaining
  Watching union or other concerted activity, or creating the impression of it, violates
  §8(a)(1); where a union exists, monitoring is a subject of bargaining under §8(a)(5).
  NLRB GC Memo 23-02 was rescinded on 14 Feb 2025 and is cited only as history.

  Background:
    Given an employer in the United States that monitors its employees

  @us_nlra_8a1_surveil
  Rule: US-NLRA-8A1-SURVEIL — monitoring is not used against concerted activity

    Example: Workers who signed a petition against the monitoring were disciplined
      Given the description says:
        | field                                      | value                |
        | labour_relations.adverse_actions_linked_to | [concerted_activity] |
      When the deployment is assessed on 2026-12-01
      Then US-NLRA-8A1-SURVEIL is violation

    Example: An organising campaign is underway while chats are monitored
      Given the description says:
        | field                                      | value             |
        | monitoring.techniques                      | [chat_monitoring] |
        | monitoring.inferences                      | []                |
        | labour_relations.adverse_actions_linked_to | []                |
        | labour_relations.union_campaign_underway   | yes               |
      When the deployment is assessed on 2026-12-01
      Then US-NLRA-8A1-SURVEIL is at risk

    Example: No concerted activity is known and nothing is inferred about it
      Given the description says:
        | field                                      | value |
        | monitoring.inferences                      | []    |
        | labour_relations.adverse_actions_linked_to | []    |
        | labour_relations.union_campaign_underway   | no    |
        | labour_relations.concerted_activity_known  | no    |
      When the deployment is assessed on 2026-12-01
      Then US-NLRA-8A1-SURVEIL is satisfied

  @us_nlra_8a5_bargain
  Rule: US-NLRA-8A5-BARGAIN — monitoring is bargained with the union where one exists

    Example: Cameras already installed in a unionised depot without bargaining (a unilateral change)
      Given the description says:
        | field                             | value        |
        | organisation.union_represented_us | yes          |
        | monitoring.techniques             | [cctv_video] |
        | processing_started_on             | 2025-09-01   |
        | labour_relations.bargaining_done  | no           |
      When the deployment is assessed on 2026-12-01
      Then US-NLRA-8A5-BARGAIN is violation

    Example: Cameras planned for next year and not yet bargained
      Given the description says:
        | field                             | value        |
        | organisation.union_represented_us | yes          |
        | monitoring.techniques             | [cctv_video] |
        | processing_started_on             | 2027-03-01   |
        | labour_relations.bargaining_done  | no           |
      When the deployment is assessed on 2026-12-01
      Then US-NLRA-8A5-BARGAIN is action required

    Example: The cameras were bargained with the union first
      Given the description says:
        | field                           | value        |
        | organisation.union_represented_us | yes        |
        | monitoring.techniques           | [cctv_video] |
        | labour_relations.bargaining_done | yes         |
      When the deployment is assessed on 2026-12-01
      Then US-NLRA-8A5-BARGAIN is satisfied

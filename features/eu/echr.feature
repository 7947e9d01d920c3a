@eu
Feature: European Convention on Human Rights, Article 8, applied to monitoring at work
  The Strasbourg Court's criteria (Bărbulescu, López Ribalda) run as a proportionality checklist:
  failures are risks for legal review, never bright-line violations.

  Background:
    Given an employer in Ireland that monitors its employees

  @eu_echr_8_barbulescu
  Rule: EU-ECHR-8-BARBULESCU — monitoring passes the Bărbulescu questions

    Example: Messages monitored without telling the worker beforehand
      Given the description says:
        | field               | value |
        | monitoring.covert   | overt |
        | transparency.notice | none  |
      When the deployment is assessed on 2026-12-01
      Then EU-ECHR-8-BARBULESCU is at risk

    Example: Announced monitoring of metadata for security, alternatives assessed
      Given the description says:
        | field                                           | value             |
        | monitoring.covert                               | overt             |
        | monitoring.captures_message_content             | no                |
        | monitoring.keystroke_capture                    | none              |
        | monitoring.less_intrusive_alternatives_assessed | yes               |
        | transparency.notice                             | before_deployment |
        | transparency.notice_covers                      | [purposes]        |
      When the deployment is assessed on 2026-12-01
      Then EU-ECHR-8-BARBULESCU is satisfied

  @eu_echr_8_lopez_ribalda
  Rule: EU-ECHR-8-LOPEZ-RIBALDA — covert monitoring is targeted, short and based on a serious suspicion

    Example: Hidden cameras watching all staff indefinitely
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [cctv_video] |
        | monitoring.covert     | general      |
      When the deployment is assessed on 2026-12-01
      Then EU-ECHR-8-LOPEZ-RIBALDA is at risk

    Example: Hidden cameras over a suspicion of minor wrongdoing
      Given the description says:
        | field                                                | value        |
        | monitoring.techniques                                | [cctv_video] |
        | monitoring.covert                                    | targeted     |
        | monitoring.covert_justification.documented_suspicion | yes          |
        | monitoring.covert_justification.suspicion_type       | minor        |
        | monitoring.covert_justification.limited_persons      | yes          |
        | monitoring.covert_justification.duration_days        | 10           |
        | security.access                                      | need_to_know |
      When the deployment is assessed on 2026-12-01
      Then EU-ECHR-8-LOPEZ-RIBALDA is at risk

    Example: Ten days of hidden cameras on the checkouts after documented thefts
      Given the description says:
        | field                                                | value              |
        | monitoring.techniques                                | [cctv_video]       |
        | monitoring.covert                                    | targeted           |
        | monitoring.covert_justification.documented_suspicion | yes                |
        | monitoring.covert_justification.suspicion_type       | serious_misconduct |
        | monitoring.covert_justification.limited_persons      | yes                |
        | monitoring.covert_justification.duration_days        | 10                 |
        | security.access                                      | need_to_know       |
      When the deployment is assessed on 2026-12-01
      Then EU-ECHR-8-LOPEZ-RIBALDA is satisfied

  @eu_echr_8_other
  Rule: EU-ECHR-8-OTHER — camera and location tracking stays out of private spaces and off-duty time

    Example: A camera in the break room
      Given the description says:
        | field                      | value        |
        | monitoring.techniques      | [cctv_video] |
        | monitoring.video_locations | [break_room] |
      When the deployment is assessed on 2026-12-01
      Then EU-ECHR-8-OTHER is at risk

    Example: Cameras on the open floor, vehicle tracking in working time only
      Given the description says:
        | field                      | value                     |
        | monitoring.techniques      | [cctv_video, gps_vehicle] |
        | monitoring.video_locations | [open_floor]              |
        | monitoring.time_scope      | working_time_only         |
      When the deployment is assessed on 2026-12-01
      Then EU-ECHR-8-OTHER is satisfied

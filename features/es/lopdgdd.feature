@es
Feature: LOPDGDD — workers' digital rights
  Work devices, disconnection, cameras and microphones, and geolocation: arts. 87–91 of the LOPDGDD.

  Background:
    Given an employer in Spain that monitors its employees

  @es_lopdgdd_87_devices
  Rule: ES-LOPDGDD-87-DEVICES — rules for monitoring work devices are set with worker representatives, and permitted private use is protected

    Example: Criteria set with works council
      Given the description says:
        | field                               | value             |
        | monitoring.device_ownership         | employer          |
        | workforce[0].consultation.consulted | true              |
        | workforce[0].private_use_of_tools   | forbidden         |
        | transparency.notice                 | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-87-DEVICES is satisfied

    Example: Collective agreement sets criteria
      Given the description says:
        | field                                      | value             |
        | monitoring.device_ownership                | employer          |
        | workforce[0].consultation.agreement_signed | true              |
        | workforce[0].private_use_of_tools          | forbidden         |
        | transparency.notice                        | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-87-DEVICES is satisfied

    Example: Representatives not involved
      Given the description says:
        | field                                      | value             |
        | monitoring.device_ownership                | employer          |
        | workforce[0].consultation.consulted        | false             |
        | workforce[0].consultation.agreement_signed | false             |
        | workforce[0].private_use_of_tools          | forbidden         |
        | transparency.notice                        | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-87-DEVICES is action required

    Example: Private use not protected
      Given the description says:
        | field                               | value             |
        | monitoring.device_ownership         | employer          |
        | monitoring.excluded_contexts        | []                |
        | workforce[0].consultation.consulted | true              |
        | workforce[0].private_use_of_tools   | permitted         |
        | transparency.notice                 | before_deployment |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-87-DEVICES is action required

    Example: Personal devices
      Given the description says:
        | field                       | value    |
        | monitoring.device_ownership | personal |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-87-DEVICES is not applicable

  @es_lopdgdd_88_disconnect
  Rule: ES-LOPDGDD-88-DISCONNECT — monitoring leaves workers in Spain disconnected outside working time

    Example: Working time only
      Given the description says:
        | field                 | value             |
        | monitoring.time_scope | working_time_only |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-88-DISCONNECT is satisfied

    Example: Always on without pause
      Given the description says:
        | field                     | value     |
        | monitoring.time_scope     | always_on |
        | monitoring.pause_controls | none      |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-88-DISCONNECT is action required

    Example: Off duty with pause button
      Given the description says:
        | field                     | value             |
        | monitoring.time_scope     | includes_off_duty |
        | monitoring.pause_controls | pause             |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-88-DISCONNECT is at risk

  @es_lopdgdd_89_video_audio
  Rule: ES-LOPDGDD-89-VIDEO-AUDIO — workplace cameras and sound recording are announced beforehand and never used in rest or changing areas

    Example: Camera in changing room
      Given the description says:
        | field                      | value                       |
        | monitoring.techniques      | [cctv_video]                |
        | monitoring.video_locations | [changing_room, open_floor] |
        | monitoring.covert          | overt                       |
        | transparency.notice        | before_deployment           |
        | retention.days.video       | 30                          |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-89-VIDEO-AUDIO is violation

    Example: No prior notice
      Given the description says:
        | field                      | value            |
        | monitoring.techniques      | [cctv_video]     |
        | monitoring.video_locations | [open_floor]     |
        | monitoring.covert          | overt            |
        | transparency.notice        | after_collection |
        | retention.days.video       | 30               |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-89-VIDEO-AUDIO is action required

    Example: Footage kept 90 days
      Given the description says:
        | field                      | value             |
        | monitoring.techniques      | [cctv_video]      |
        | monitoring.video_locations | [open_floor]      |
        | monitoring.covert          | overt             |
        | transparency.notice        | before_deployment |
        | retention.days.video       | 90                |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-89-VIDEO-AUDIO is action required

    Example: Sound without security need
      Given the description says:
        | field                      | value                      |
        | monitoring.techniques      | [cctv_video, cctv_audio]   |
        | monitoring.video_locations | [open_floor]               |
        | monitoring.covert          | overt                      |
        | purposes                   | [productivity_measurement] |
        | transparency.notice        | before_deployment          |
        | retention.days.video       | 30                         |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-89-VIDEO-AUDIO is at risk

    Example: Announced camera on shop floor
      Given the description says:
        | field                      | value             |
        | monitoring.techniques      | [cctv_video]      |
        | monitoring.video_locations | [open_floor]      |
        | monitoring.covert          | overt             |
        | transparency.notice        | before_deployment |
        | retention.days.video       | 30                |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-89-VIDEO-AUDIO is satisfied

  @es_lopdgdd_90_geo
  Rule: ES-LOPDGDD-90-GEO — workers in Spain are told expressly and clearly about geolocation, and their rights, before it starts

    Example: Drivers informed of rights
      Given the description says:
        | field                      | value                               |
        | monitoring.techniques      | [gps_vehicle]                       |
        | monitoring.covert          | overt                               |
        | transparency.notice        | before_deployment                   |
        | transparency.notice_covers | [purposes, data_categories, rights] |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-90-GEO is satisfied

    Example: Rights not explained
      Given the description says:
        | field                      | value             |
        | monitoring.techniques      | [gps_vehicle]     |
        | monitoring.covert          | overt             |
        | transparency.notice        | before_deployment |
        | transparency.notice_covers | [purposes]        |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-90-GEO is action required

    Example: Covert tracking
      Given the description says:
        | field                 | value        |
        | monitoring.techniques | [gps_device] |
        | monitoring.covert     | general      |
        | transparency.notice   | none         |
      When the deployment is assessed on 2026-12-01
      Then ES-LOPDGDD-90-GEO is action required

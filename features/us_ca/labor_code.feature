@us_ca
Feature: California Labor Code — recording in private areas

  Background:
    Given an employer in California that monitors its employees

  @us_ca_lab_435_private_areas
  Rule: US-CA-LAB-435-PRIVATE-AREAS — no recording in restrooms, locker rooms or changing rooms

    Example: A camera covers the locker room
      Given the description says:
        | field                      | value                     |
        | monitoring.techniques      | [cctv_video]              |
        | monitoring.video_locations | [open_floor, locker_room] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-435-PRIVATE-AREAS is violation

    Example: Cameras on the shop floor and in the car park only
      Given the description says:
        | field                      | value                     |
        | monitoring.techniques      | [cctv_video]              |
        | monitoring.video_locations | [open_floor, parking_lot] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-435-PRIVATE-AREAS is satisfied

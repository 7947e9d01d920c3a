@us_ca
Feature: California Labor Code — monitoring, quotas and workers' rights
  The Labor Code has a few bright lines (no cameras in restrooms, no demands for social-media
  passwords, no quota that leaves no time for breaks) and duties that follow from them.

  Background:
    Given an employer in California that monitors its employees

  @us_ca_lab_96k_offduty
  Rule: US-CA-LAB-96K-OFFDUTY — lawful off-duty conduct is kept out of adverse decisions

    Example: A weekend social-media post led to a suspension
      Given the description says:
        | field                                       | value                     |
        | monitoring.techniques                       | [social_media_monitoring] |
        | monitoring.time_scope                       | always_on                 |
        | labour_relations.adverse_actions_linked_to  | [off_duty_conduct]        |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-96K-OFFDUTY is at risk

    Example: Off-duty data exists but feeds only security work
      Given the description says:
        | field                                       | value             |
        | monitoring.time_scope                       | includes_off_duty |
        | purposes                                    | [it_security]     |
        | labour_relations.adverse_actions_linked_to  | []                |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-96K-OFFDUTY is satisfied

    Example: Warehouse cameras run through the night but never leave the premises
      Given the description says:
        | field                                       | value        |
        | monitoring.techniques                       | [cctv_video] |
        | monitoring.video_locations                  | [open_floor] |
        | monitoring.time_scope                       | always_on    |
        | monitoring.device_ownership                 | employer     |
        | monitoring.captures_personal_accounts       | no           |
        | purposes                                    | [discipline] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-96K-OFFDUTY is not applicable

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

  @us_ca_lab_980_social_media
  Rule: US-CA-LAB-980-SOCIAL-MEDIA — workers are not asked for access to personal social media

    Example: HR asks staff for their social-media passwords
      Given the description says:
        | field                                            | value |
        | hr_practices.requests_personal_social_media_access | yes |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-980-SOCIAL-MEDIA is violation

    Example: A keylogger picks up passwords typed into personal accounts
      Given the description says:
        | field                                            | value               |
        | hr_practices.requests_personal_social_media_access | no                |
        | monitoring.techniques                            | [keystroke_logging] |
        | monitoring.captures_personal_accounts            | yes                 |
        | monitoring.credentials_captured                  | captured            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-980-SOCIAL-MEDIA is at risk

    Example: Password fields are masked and nobody asks for access
      Given the description says:
        | field                                            | value               |
        | hr_practices.requests_personal_social_media_access | no                |
        | monitoring.techniques                            | [keystroke_logging] |
        | monitoring.captures_personal_accounts            | yes                 |
        | monitoring.credentials_captured                  | masked              |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-980-SOCIAL-MEDIA is satisfied

  @us_ca_lab_1051_photo_fingerprint
  Rule: US-CA-LAB-1051-PHOTO-FINGERPRINT — photos and fingerprints are not furnished to third parties

    Example: Face templates from the time clock go to a partner company
      Given the description says:
        | field                                                        | value                                  |
        | monitoring.techniques                                        | [face_verification]                    |
        | hr_practices.shares_photos_or_fingerprints_with_third_parties | yes                                   |
        | recipients                                                   | [{name: Partner, role: third_party}]   |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1051-PHOTO-FINGERPRINT is violation

    Example: A dash-cam vendor reviews driver video only for the employer, so nothing is shared
      Given the description says:
        | field                                                        | value                                         |
        | monitoring.techniques                                        | [vehicle_inward_camera]                       |
        | hr_practices.shares_photos_or_fingerprints_with_third_parties | no                                           |
        | recipients                                                   | [{name: Review vendor, role: service_provider}] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1051-PHOTO-FINGERPRINT is satisfied

    Example: Photos are said to be shared with third parties, but only a vendor is listed
      Given the description says:
        | field                                                        | value                                         |
        | monitoring.techniques                                        | [face_verification]                           |
        | hr_practices.shares_photos_or_fingerprints_with_third_parties | yes                                          |
        | recipients                                                   | [{name: ID vendor, role: service_provider}]   |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1051-PHOTO-FINGERPRINT is at risk

    Example: Photos are shared with third parties and nobody has said with whom
      Given the description says:
        | field                                                        | value               |
        | monitoring.techniques                                        | [face_verification] |
        | hr_practices.shares_photos_or_fingerprints_with_third_parties | yes                |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1051-PHOTO-FINGERPRINT asks "recipients"

  @us_ca_lab_1102_5_whistle
  Rule: US-CA-LAB-1102-5-WHISTLE — workers who object to unlawful monitoring are not punished

    Example: A worker who complained about the monitoring was disciplined
      Given the description says:
        | field                                      | value                  |
        | labour_relations.adverse_actions_linked_to | [monitoring_complaint] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1102-5-WHISTLE is violation

    Example: No adverse action follows complaints
      Given the description says:
        | field                                      | value |
        | labour_relations.adverse_actions_linked_to | []    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1102-5-WHISTLE is satisfied

    Example: Nobody has said whether complaints led to adverse action
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1102-5-WHISTLE asks "labour_relations.adverse_actions_linked_to"

  @us_ca_lab_1198_5_personnel_file
  Rule: US-CA-LAB-1198-5-PERSONNEL-FILE — workers can see monitoring-based evaluation records

    Example: Scores feed evaluations and workers have no way to see them
      Given the description says:
        | field                                | value                   |
        | purposes                             | [performance_evaluation] |
        | transparency.access_request_process  | no                      |
        | retention.default_days               | 2000                    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1198-5-PERSONNEL-FILE is action required

    Example: Workers can request their records, which are kept for years
      Given the description says:
        | field                                | value                   |
        | purposes                             | [performance_evaluation] |
        | transparency.access_request_process  | yes                     |
        | retention.default_days               | 2000                    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-1198-5-PERSONNEL-FILE is satisfied

  @us_ca_lab_2101_quota_notice
  Rule: US-CA-LAB-2101-QUOTA-NOTICE — every quota, peer-relative rates included, is described in writing

    Background:
      Given the description says:
        | field                                          | value                                           |
        | organisation.warehouse.naics_codes             | ["493110"]                                      |
        | organisation.warehouse.nonexempt_at_one_site   | 450                                             |
        | organisation.warehouse.nonexempt_all_ca_sites  | 450                                             |
        | workforce | [{country: US, region: US-CA, roles: [employee], headcount: 450, exempt_status: nonexempt}] |
        | monitoring.techniques                          | [productivity_scoring]                          |
        | purposes                                       | [productivity_measurement, discipline]          |

    Example: "We have no quotas" — but workers have been ranked against their peers' scan rates since March
      Given the description says:
        | field                           | value         |
        | processing_started_on           | 2026-03-01    |
        | quota.used                      | no            |
        | quota.type                      | peer_relative |
        | quota.written_description_given | no            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2101-QUOTA-NOTICE is violation

    Example: Peer-relative rates will start next year and the written description is not ready yet
      Given the description says:
        | field                           | value         |
        | processing_started_on           | 2027-02-01    |
        | quota.type                      | peer_relative |
        | quota.written_description_given | no            |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2101-QUOTA-NOTICE is action required

    Example: No written description, and nobody has said when the rate started to apply
      Given the description says:
        | field                           | value      |
        | processing_started_on           |            |
        | quota.used                      | yes        |
        | quota.type                      | fixed_rate |
        | quota.written_description_given | no         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2101-QUOTA-NOTICE asks "processing_started_on"

    Example: The employer says it has no quota and does not say how rates are set
      Given the description says:
        | field      | value |
        | quota.used | no    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2101-QUOTA-NOTICE asks "quota.type"

    Example: Every worker received a written quota description on hire
      Given the description says:
        | field                           | value      |
        | quota.used                      | yes        |
        | quota.type                      | fixed_rate |
        | quota.written_description_given | yes        |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2101-QUOTA-NOTICE is satisfied

    Example: Farm product warehousing is outside the quota law
      Given the description says:
        | field                              | value      |
        | organisation.warehouse.naics_codes | ["493130"] |
        | quota.used                         | yes        |
        | quota.written_description_given    | no         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2101-QUOTA-NOTICE is not applicable

  @us_ca_lab_2102_quota_breaks
  Rule: US-CA-LAB-2102-QUOTA-BREAKS — no quota prevents breaks, bathroom use or safety compliance

    Background:
      Given the description says:
        | field                                          | value                                  |
        | organisation.warehouse.naics_codes             | ["424490"]                             |
        | organisation.warehouse.nonexempt_at_one_site   | 60                                     |
        | organisation.warehouse.nonexempt_all_ca_sites  | 1200                                   |
        | workforce | [{country: US, region: US-CA, roles: [employee], headcount: 1200, exempt_status: nonexempt}] |
        | monitoring.techniques                          | [quota_tracking]                       |
        | purposes                                       | [productivity_measurement, discipline] |
        | quota.used                                     | yes                                    |
        | quota.written_description_given                | yes                                    |

    Example: The pick rate leaves no time for a bathroom trip across the building
      Given the description says:
        | field                     | value |
        | quota.accounts_for_breaks | no    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2102-QUOTA-BREAKS is violation

    Example: A rate planned for February leaves no time for breaks: fix it before it applies
      Given the description says:
        | field                     | value      |
        | processing_started_on     | 2027-02-01 |
        | quota.accounts_for_breaks | no         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2102-QUOTA-BREAKS is action required

    Example: Breaks and walking time are built into the rate
      Given the description says:
        | field                     | value |
        | quota.accounts_for_breaks | yes   |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2102-QUOTA-BREAKS is satisfied

    Example: The rate is only applied to exempt staff, whom the quota law does not cover
      Given the description says:
        | field                     | value                                                                                        |
        | workforce                 | [{country: US, region: US-CA, roles: [employee], headcount: 1200, exempt_status: exempt}] |
        | quota.accounts_for_breaks | no                                                                                           |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2102-QUOTA-BREAKS is not applicable

    Example: A rate already used for write-ups was never handed out in writing
      Given the description says:
        | field                           | value      |
        | processing_started_on           | 2026-03-01 |
        | quota.accounts_for_breaks       | yes        |
        | quota.written_description_given | no         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2102-QUOTA-BREAKS is violation

    Example: A rate planned for next year, to be used for write-ups, is not written up yet
      Given the description says:
        | field                           | value      |
        | processing_started_on           | 2027-02-01 |
        | quota.accounts_for_breaks       | yes        |
        | quota.written_description_given | no         |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2102-QUOTA-BREAKS is action required

  @us_ca_lab_2103_productive_time
  Rule: US-CA-LAB-2103-PRODUCTIVE-TIME — safety-compliance time counts as time on task

    Background:
      Given the description says:
        | field                                          | value      |
        | organisation.warehouse.naics_codes             | ["493110"] |
        | organisation.warehouse.nonexempt_at_one_site   | 300        |
        | organisation.warehouse.nonexempt_all_ca_sites  | 300        |
        | workforce | [{country: US, region: US-CA, roles: [employee], headcount: 300, exempt_status: nonexempt}] |
        | quota.used                                     | yes        |
        | quota.accounts_for_breaks                      | yes        |

    Example: Idle detection flags time spent clearing a spill as off task
      Given the description says:
        | field                 | value                            |
        | monitoring.techniques | [quota_tracking, idle_detection] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2103-PRODUCTIVE-TIME is at risk

    Example: The rate allows for breaks and there is no idle detection
      Given the description says:
        | field                 | value            |
        | monitoring.techniques | [quota_tracking] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2103-PRODUCTIVE-TIME is satisfied

  @us_ca_lab_2104_speed_data
  Rule: US-CA-LAB-2104-SPEED-DATA — workers get their quota and work-speed data on request

    Background:
      Given the description says:
        | field                                          | value            |
        | organisation.warehouse.naics_codes             | ["454110"]       |
        | organisation.warehouse.nonexempt_at_one_site   | 150              |
        | organisation.warehouse.nonexempt_all_ca_sites  | 150              |
        | workforce | [{country: US, region: US-CA, roles: [employee], headcount: 150, exempt_status: nonexempt}] |
        | monitoring.techniques                          | [quota_tracking] |
        | quota.used                                     | yes              |

    Example: There is no channel to ask for one's rate data
      Given the description says:
        | field                            | value |
        | quota.speed_data_request_process | no    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2104-SPEED-DATA is action required

    Example: Supervisors log oral requests and HR answers within 21 days
      Given the description says:
        | field                            | value |
        | quota.speed_data_request_process | yes   |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2104-SPEED-DATA is satisfied

  @us_ca_lab_2105_quota_retaliation
  Rule: US-CA-LAB-2105-QUOTA-RETALIATION — no retaliation for asking about quotas

    Background:
      Given the description says:
        | field                                          | value            |
        | organisation.warehouse.naics_codes             | ["493110"]       |
        | organisation.warehouse.nonexempt_at_one_site   | 450              |
        | organisation.warehouse.nonexempt_all_ca_sites  | 450              |
        | workforce | [{country: US, region: US-CA, roles: [employee], headcount: 450, exempt_status: nonexempt}] |
        | monitoring.techniques                          | [quota_tracking] |
        | quota.used                                     | yes              |

    Example: A picker was written up the week after asking for her rate data
      Given the description says:
        | field                                      | value           |
        | labour_relations.adverse_actions_linked_to | [quota_request] |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2105-QUOTA-RETALIATION is violation

    Example: No adverse action follows requests
      Given the description says:
        | field                                      | value |
        | labour_relations.adverse_actions_linked_to | []    |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2105-QUOTA-RETALIATION is satisfied

  @us_ca_lab_2802_byod
  Rule: US-CA-LAB-2802-BYOD — required use of personal devices is reimbursed

    Example: Drivers must run the tracking app on their own phones, unpaid
      Given the description says:
        | field                               | value    |
        | monitoring.device_ownership         | personal |
        | hr_practices.requires_personal_device | yes    |
        | hr_practices.reimburses_device_cost | no       |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2802-BYOD is action required

    Example: A monthly phone stipend covers a share of the plan
      Given the description says:
        | field                               | value    |
        | monitoring.device_ownership         | personal |
        | hr_practices.requires_personal_device | yes    |
        | hr_practices.reimburses_device_cost | yes      |
      When the deployment is assessed on 2026-12-01
      Then US-CA-LAB-2802-BYOD is satisfied

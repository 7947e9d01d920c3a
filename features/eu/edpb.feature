@eu
Feature: EDPB guidance on video, consent and AI models
  European Data Protection Board guidelines and opinions applied to monitoring at work.

  Background:
    Given an employer in Ireland that monitors its employees

  @eu_edpb_gl_03_2019_video
  Rule: EU-EDPB-GL-03-2019-VIDEO — cameras avoid sanitary and rest areas, are signposted, footage is kept briefly

    Example: A camera in the changing room
      Given the description says:
        | field                      | value           |
        | monitoring.techniques      | [cctv_video]    |
        | monitoring.video_locations | [changing_room] |
      When the deployment is assessed on 2026-12-01
      Then EU-EDPB-GL-03-2019-VIDEO is action required

    Example: Signposted cameras on the shop floor, footage kept three days
      Given the description says:
        | field                      | value             |
        | monitoring.techniques      | [cctv_video]      |
        | monitoring.video_locations | [open_floor]      |
        | transparency.notice        | before_deployment |
        | retention.days.video       | 3                 |
      When the deployment is assessed on 2026-12-01
      Then EU-EDPB-GL-03-2019-VIDEO is satisfied

  @eu_edpb_gl_05_2020_consent
  Rule: EU-EDPB-GL-05-2020-CONSENT — consent is not used for purposes tied to the job

    Example: Productivity tracking based on consent
      Given the description says:
        | field                                      | value                      |
        | purposes                                   | [productivity_measurement] |
        | legal_basis.bases.productivity_measurement | consent                    |
      When the deployment is assessed on 2026-12-01
      Then EU-EDPB-GL-05-2020-CONSENT is action required

    Example: No purpose relies on consent
      Given the description says:
        | field                         | value                |
        | legal_basis.bases.it_security | legitimate_interests |
      When the deployment is assessed on 2026-12-01
      Then EU-EDPB-GL-05-2020-CONSENT is satisfied

  @eu_edpb_op_28_2024_ai
  Rule: EU-EDPB-OP-28-2024-AI — AI training on workers' data passes the three-step test

    Example: Training a model on staff data on legitimate interests, with no assessment
      Given the description says:
        | field                                      | value                |
        | purposes                                   | [ai_model_training]  |
        | legal_basis.bases.ai_model_training        | legitimate_interests |
        | legal_basis.legitimate_interest_assessment | no                   |
      When the deployment is assessed on 2026-12-01
      Then EU-EDPB-OP-28-2024-AI is action required

    Example: Assessed training with opt-out, pseudonymisation and filtering
      Given the description says:
        | field                                      | value                |
        | purposes                                   | [ai_model_training]  |
        | legal_basis.bases.ai_model_training        | legitimate_interests |
        | legal_basis.legitimate_interest_assessment | yes                  |
        | ai_training.anonymity_assessed             | yes                  |
        | ai_training.opt_out_offered                | yes                  |
        | ai_training.pseudonymised                  | yes                  |
        | ai_training.sensitive_content_filtered     | yes                  |
      When the deployment is assessed on 2026-12-01
      Then EU-EDPB-OP-28-2024-AI is satisfied

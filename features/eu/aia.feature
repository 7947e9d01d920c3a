@eu
Feature: AI Act — Regulation (EU) 2024/1689, as amended in 2026
  The prohibitions of Art 5 apply from 2 February 2025; emotion recognition at work is one of them.

  Background:
    Given an employer in Ireland that monitors its employees

  @eu_aia_5_1_f_emotion
  Rule: EU-AIA-5-1-F-EMOTION — no AI system infers workers' emotions from biometric signals

    Example: A "frustration score" inferred from typing and mouse movements
      Given the description says:
        | field                                   | value                |
        | monitoring.techniques                   | [keystroke_dynamics] |
        | ai_systems[0].is_ai_system              | yes                  |
        | ai_systems[0].infers_emotions           | yes                  |
        | ai_systems[0].inference_inputs          | [keystrokes, mouse]  |
        | ai_systems[0].medical_or_safety_purpose | no                   |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-F-EMOTION is violation
      And the verdict is blocked

    Example: The same system before the prohibition applied
      Given the description says:
        | field                                   | value                |
        | monitoring.techniques                   | [keystroke_dynamics] |
        | ai_systems[0].is_ai_system              | yes                  |
        | ai_systems[0].infers_emotions           | yes                  |
        | ai_systems[0].inference_inputs          | [keystrokes, mouse]  |
        | ai_systems[0].medical_or_safety_purpose | no                   |
      When the deployment is assessed on 2024-12-01
      Then EU-AIA-5-1-F-EMOTION is upcoming
      And EU-AIA-5-1-F-EMOTION applies from 2025-02-02

    Example: Drowsiness alerts for drivers serve safety
      Given the description says:
        | field                                   | value                   |
        | monitoring.techniques                   | [vehicle_inward_camera] |
        | ai_systems[0].is_ai_system              | yes                     |
        | ai_systems[0].infers_emotions           | yes                     |
        | ai_systems[0].inference_inputs          | [face]                  |
        | ai_systems[0].medical_or_safety_purpose | yes                     |
      When the deployment is assessed on 2026-12-01
      Then EU-AIA-5-1-F-EMOTION is satisfied

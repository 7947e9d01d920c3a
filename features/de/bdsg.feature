@de
Feature: Bundesdatenschutzgesetz — employee data, keyloggers and the data protection officer
  German employee monitoring must rest on a GDPR basis that survives C-34/21, covert or exhaustive
  monitoring needs a concrete suspicion (BAG), and a DPO is needed where §38 BDSG says so.

  Background:
    Given an employer in Germany that monitors its employees

  @de_bdsg_26_employment
  Rule: DE-BDSG-26-EMPLOYMENT — monitoring of staff in Germany rests on a GDPR basis that survives C-34/21 and meets the §26 BDSG limits

    Example: Overt on legitimate interests
      Given the description says:
        | field                         | value                |
        | monitoring.covert             | overt                |
        | legal_basis.bases.it_security | legitimate_interests |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-26-EMPLOYMENT is satisfied

    Example: Covert without suspicion
      Given the description says:
        | field                                                | value                |
        | monitoring.covert                                    | general              |
        | monitoring.covert_justification.documented_suspicion | false                |
        | monitoring.covert_justification.suspicion_type       | none                 |
        | legal_basis.bases.it_security                        | legitimate_interests |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-26-EMPLOYMENT is action required

    Example: Works agreement as basis
      Given the description says:
        | field                         | value                |
        | monitoring.covert             | overt                |
        | legal_basis.bases.it_security | collective_agreement |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-26-EMPLOYMENT is at risk

    Example: Employee consent as basis
      Given the description says:
        | field                         | value   |
        | monitoring.covert             | overt   |
        | legal_basis.bases.it_security | consent |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-26-EMPLOYMENT is at risk

    Example: Basis unknown
      Given the description says:
        | field             | value |
        | monitoring.covert | overt |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-26-EMPLOYMENT is needs information

  @de_bag_keylogger
  Rule: DE-BAG-KEYLOGGER — no keylogger records employees' keystrokes without a documented, concrete suspicion against them

    Example: Announced keylogger without suspicion
      Given the description says:
        | field                                                | value                            |
        | monitoring.techniques                                | [keystroke_logging, screenshots] |
        | monitoring.keystroke_capture                         | full_content                     |
        | monitoring.covert                                    | overt                            |
        | monitoring.covert_justification.documented_suspicion | false                            |
        | monitoring.covert_justification.suspicion_type       | none                             |
      When the deployment is assessed on 2026-12-01
      Then DE-BAG-KEYLOGGER is violation

    Example: Hidden keylogger on all staff
      Given the description says:
        | field                        | value               |
        | monitoring.techniques        | [keystroke_logging] |
        | monitoring.keystroke_capture | full_content        |
        | monitoring.covert            | general             |
      When the deployment is assessed on 2026-12-01
      Then DE-BAG-KEYLOGGER is violation

    Example: Suspicion but no alternatives assessed
      Given the description says:
        | field                                                | value               |
        | monitoring.techniques                                | [keystroke_logging] |
        | monitoring.keystroke_capture                         | full_content        |
        | monitoring.covert                                    | targeted            |
        | monitoring.covert_justification.documented_suspicion | true                |
        | monitoring.covert_justification.suspicion_type       | criminal_offence    |
        | monitoring.covert_justification.limited_persons      | true                |
        | monitoring.covert_justification.duration_days        | 14                  |
        | monitoring.less_intrusive_alternatives_assessed      | false               |
      When the deployment is assessed on 2026-12-01
      Then DE-BAG-KEYLOGGER is at risk

    Example: Targeted on documented suspicion
      Given the description says:
        | field                                                | value               |
        | monitoring.techniques                                | [keystroke_logging] |
        | monitoring.keystroke_capture                         | full_content        |
        | monitoring.covert                                    | targeted            |
        | monitoring.covert_justification.documented_suspicion | true                |
        | monitoring.covert_justification.suspicion_type       | criminal_offence    |
        | monitoring.covert_justification.limited_persons      | true                |
        | monitoring.covert_justification.duration_days        | 14                  |
        | monitoring.less_intrusive_alternatives_assessed      | true                |
      When the deployment is assessed on 2026-12-01
      Then DE-BAG-KEYLOGGER is satisfied

    Example: Keystroke counts only
      Given the description says:
        | field                        | value               |
        | monitoring.techniques        | [keystroke_logging] |
        | monitoring.keystroke_capture | metadata_only       |
      When the deployment is assessed on 2026-12-01
      Then DE-BAG-KEYLOGGER is not applicable

    Example: Suspicion unknown
      Given the description says:
        | field                        | value               |
        | monitoring.techniques        | [keystroke_logging] |
        | monitoring.keystroke_capture | full_content        |
      When the deployment is assessed on 2026-12-01
      Then DE-BAG-KEYLOGGER is needs information
      And DE-BAG-KEYLOGGER asks "monitoring.covert_justification.documented_suspicion"

  @de_bdsg_38_dpo
  Rule: DE-BDSG-38-DPO — a data protection officer is designated where §38 BDSG requires one

    Example: DPO designated
      Given the description says:
        | field                      | value |
        | assessments.dpo_designated | true  |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-38-DPO is satisfied

    Example: Monitoring needs DPIA and no DPO
      Given the description says:
        | field                      | value |
        | assessments.dpo_designated | false |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-38-DPO is action required

    Example: No german establishment
      Given the description says:
        | field                       | value |
        | organisation.establishments | [FR]  |
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-38-DPO is not applicable

    Example: DPO unknown
      When the deployment is assessed on 2026-12-01
      Then DE-BDSG-38-DPO is needs information
      And DE-BDSG-38-DPO asks "assessments.dpo_designated"

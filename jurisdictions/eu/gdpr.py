"""General Data Protection Regulation — Regulation (EU) 2016/679.

Official text: https://eur-lex.europa.eu/eli/reg/2016/679/oj (ELI). Applies since 25 May 2018
(Art 99(2)). Consolidated text last checked for this module: 2026-11-30.
Fines: Art 83(4) (up to EUR 10m or 2 % of worldwide turnover) for Arts 8, 11, 25–39, 42, 43;
Art 83(5) (up to EUR 20m or 4 %) for Arts 5, 6, 7, 9, 12–22 and 44–49, and under 83(5)(d) for
national employment rules adopted under Art 88.

Grades: a requirement carries the lowest grade of the research it actually relies on. Where a
row's unverified part is only a pinpoint we do not cite (a paragraph number), the row's
verified grade is kept; where an unsettled reading is encoded, it reports ``at_risk`` and says so.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.conditions import AnyOf, AtLeast, Exists, F, Not
from engine.description import Purpose
from engine.facts import INDEFINITE_DAYS
from engine.model import Authority, Check, Citation, Classification, Grade, Requirement, Severity, Status

from ..common import EEA_STATES, WORKER_ROLES, uses_any_technique
from .echr import COVERT_JUSTIFIED, LOPEZ_RIBALDA

URL = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
APPLIES_FROM = dt.date(2018, 5, 25)
FINE_83_4 = "GDPR Art 83(4): up to EUR 10 million or 2 % of worldwide annual turnover, whichever is higher."
FINE_83_5 = "GDPR Art 83(5): up to EUR 20 million or 4 % of worldwide annual turnover, whichever is higher."

cite = partial(Citation, instrument="Regulation (EU) 2016/679 (General Data Protection Regulation)", short="GDPR", url=URL)

WP248 = Authority(
    title="Article 29 Working Party, Guidelines on DPIA (WP248 rev.01), 4 Oct 2017, endorsed by the EDPB",
    url="https://ec.europa.eu/newsroom/article29/items/611236",
)
WP249 = Authority(
    title="Article 29 Working Party, Opinion 2/2017 on data processing at work (WP249)",
    url="https://ec.europa.eu/newsroom/article29/items/610169",
)
WP243 = Authority(
    title="Article 29 Working Party, Guidelines on Data Protection Officers (WP243 rev.01), endorsed by the EDPB",
)
EDPB_CONSENT = Authority(
    title="EDPB Guidelines 05/2020 on consent under Regulation 2016/679, section 3.1.1",
    url="https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en",
)
EDPB_VIDEO = Authority(
    title="EDPB Guidelines 3/2019 on processing of personal data through video devices, version 2.0, 29 Jan 2020",
    url="https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-32019-processing-personal-data-through-video_en",
)
EDPB_AI_MODELS = Authority(
    title="EDPB Opinion 28/2024 on certain data protection aspects related to the processing of personal data in the context of AI models, 17 Dec 2024",
    url="https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-282024-certain-data-protection-aspects_en",
)
CNIL_AMAZON = Authority(
    title="CNIL, deliberation SAN-2023-021 (Amazon France Logistique), 27 Dec 2023",
    url="https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000048989272",
    kind="regulator_decision",
)
CE_AMAZON = Authority(
    title="Conseil d'État, 23 Dec 2025, no. 492830 (Amazon France Logistique): indicators could rest on legitimate interest; fine reduced",
    url="https://www.conseil-etat.fr/fr/arianeweb/CE/decision/2025-12-23/492830",
    kind="case_law",
)
CNIL_TELEWORK_2024 = Authority(
    title="CNIL, deliberation SAN-2024-021 of 19 Dec 2024 (excessive monitoring of teleworkers)",
    url="https://www.cnil.fr/fr/surveillance-excessive-des-salaries-sanction-de-40-000-euros-entreprise-secteur-immobilier",
    kind="regulator_decision",
)
HM_HAMBURG = Authority(
    title="Hamburg DPA, H&M Hennes & Mauritz Online Shop, 1 Oct 2020 (EUR 35.3m)",
    url="https://www.edpb.europa.eu/news/national-news/2020/hamburg-commissioner-fines-hm-353-million-euro-data-protection-violations_en",
    kind="regulator_decision",
)
GARANTE_FOODINHO = Authority(
    title="Garante per la protezione dei dati personali, Foodinho s.r.l., ordinanza n. 234 of 10 Jun 2021",
    url="https://www.garanteprivacy.it/garante/doc.jsp?ID=9675440",
    kind="regulator_decision",
)
ICO_SERCO = Authority(
    title="ICO (UK), enforcement notice to Serco Leisure, 19 Feb 2024 (biometric clock-in without alternative; UK GDPR)",
    url="https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/02/ico-orders-serco-leisure-to-stop-using-facial-recognition-technology/",
    kind="regulator_decision",
)
CJEU_C_34_21 = Authority(
    title="CJEU, C-34/21 Hauptpersonalrat der Lehrerinnen und Lehrer, 30 Mar 2023, ECLI:EU:C:2023:270",
    url="https://curia.europa.eu/juris/document/document.jsf?docid=272066",
    kind="case_law",
)
CJEU_C_65_23 = Authority(
    title="CJEU, C-65/23 MK v K GmbH, 19 Dec 2024, ECLI:EU:C:2024:1051",
    url="https://curia.europa.eu/juris/liste.jsf?num=C-65/23",
    kind="case_law",
)
CJEU_C_634_21 = Authority(
    title="CJEU, C-634/21 OQ v Land Hessen (SCHUFA), 7 Dec 2023, ECLI:EU:C:2023:957",
    url="https://curia.europa.eu/juris/liste.jsf?num=C-634/21",
    kind="case_law",
)
CJEU_C_203_22 = Authority(
    title="CJEU, C-203/22 CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria), 27 Feb 2025",
    url="https://curia.europa.eu/juris/liste.jsf?num=C-203/22",
    kind="case_law",
)
CJEU_C_184_20 = Authority(
    title="CJEU (Grand Chamber), C-184/20 OT, 1 Aug 2022 (data indirectly revealing a special category)",
    url="https://curia.europa.eu/juris/liste.jsf?num=C-184/20",
    kind="case_law",
)
CJEU_C_252_21 = Authority(
    title="CJEU (Grand Chamber), C-252/21 Meta Platforms v Bundeskartellamt, 4 Jul 2023, ECLI:EU:C:2023:537",
    url="https://curia.europa.eu/juris/liste.jsf?num=C-252/21",
    kind="case_law",
)

# Art 3 — territorial scope

GDPR_APPLIES = Classification(
    id="EU-GDPR-3-SCOPE",
    title="The GDPR applies to the monitoring",
    jurisdiction="EU",
    citation=cite(article="3", paragraph="1"),
    grade=Grade.V,
    # Art 3(1): processing in the context of an establishment in the Union; Art 3(2)(b):
    # monitoring the behaviour of people in the Union. The EEA Agreement extends the GDPR to
    # Iceland, Liechtenstein and Norway.
    condition=F("organisation.establishments").has_any(*EEA_STATES)
    | Exists("workforce", F("country").one_of(*EEA_STATES)),
    rationale="An establishment in the EEA, or monitored people working in the EEA, brings the processing within Art 3(1) or 3(2)(b).",
)

WORKERS = Exists("workforce", F("roles").has_any(*WORKER_ROLES))
MONITORED = GDPR_APPLIES.holds() & WORKERS & uses_any_technique()

# Art 88 — employment context (gate row of the research catalogue)
# National statutes adopted under Art 88 are loaded by the member-state overlays (de/, fr/ …)
# from where people work. What the EU layer needs to know is whether a works or collective
# agreement governs the monitoring: such agreements are "more specific rules" under Art 88(1),
# but they must still meet Arts 5, 6(1) and 9 and are fully reviewable by the courts (C-65/23),
# and a national rule that merely restates the GDPR is no such rule (C-34/21).
EMPLOYMENT_RULES = Classification(
    id="EU-GDPR-88-EMPLOYMENT",
    title="A works or collective agreement under Art 88 governs the monitoring",
    jurisdiction="EU",
    citation=cite(article="88", paragraph="1"),
    authorities=(CJEU_C_34_21, CJEU_C_65_23),
    grade=Grade.V,
    condition=GDPR_APPLIES.holds()
    & Exists("workforce", F("country").one_of(*EEA_STATES) & F("consultation.agreement_signed").true()),
    rationale="An agreement signed with the representatives of a population working in the EEA. Breaches of national Art 88 rules fall in the Art 83(5)(d) fine tier.",
)

# Lawful bases per purpose, read from legal_basis.bases.<purpose>.
ALL_PURPOSES = tuple(p.value for p in Purpose)


def basis_named(basis: str, purposes: tuple[str, ...] = ALL_PURPOSES):
    """Some purpose pursued (among ``purposes``) rests on ``basis``; purposes not pursued do not count."""
    return AnyOf(*(F("purposes").has(p) & (F(f"legal_basis.bases.{p}") == basis) for p in purposes))


# legal_basis.bases_used is known once every listed purpose has a basis.
LEGITIMATE_INTERESTS_RELIED_ON = F("legal_basis.bases_used").has("legitimate_interests")
CONSENT_RELIED_ON = F("legal_basis.bases_used").has("consent")
NO_BASIS_FOR_A_PURPOSE = F("legal_basis.bases_used").has("none")

# Purposes that data collected for monitoring is typically reused for. Art 6(4) applies when a
# purpose is pursued that was not among those announced at collection.
REUSE_PURPOSES = (
    "ai_model_training", "ai_product_development", "discipline", "performance_evaluation", "productivity_measurement",
    "promotion_or_termination", "compensation", "process_mining", "sale_or_sharing",
)  # fmt: skip
NEW_PURPOSE = Classification(
    id="EU-GDPR-6-4-NEW-PURPOSE",
    title="Monitoring data is used for a purpose that was not announced when it was collected",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="4"),
    grade=Grade.V,
    condition=GDPR_APPLIES.holds() & AnyOf(*(F("purposes").has(p) & F("original_purposes").has_none(p) for p in REUSE_PURPOSES)),
    rationale="A purpose now pursued (AI training, evaluation, discipline …) is missing from the purposes announced at collection.",
)

CONTENT_CAPTURED = F("monitoring.captures_message_content").true() | (F("monitoring.keystroke_capture") == "full_content")

# Art 5(1)(a) — lawfulness, fairness and transparency

FAIRNESS = Requirement(
    id="EU-GDPR-5-1-A-FAIR-TRANSP",
    title="Monitoring is open and within what workers can reasonably expect",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="a"),
    authorities=(WP249, LOPEZ_RIBALDA, CNIL_TELEWORK_2024),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.covert") == "general",
            because="Monitoring is covert and untargeted: processing people cannot know about is neither transparent nor fair.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("monitoring.covert") == "targeted") & Not(COVERT_JUSTIFIED.holds()),
            because="Covert targeted monitoring is fair only as a short, limited response to a documented suspicion of serious wrongdoing, and that is not shown.",
        ),
        Check(
            status=Status.action_required,
            when=(F("monitoring.covert") == "overt") & F("transparency.notice").one_of("none", "after_collection"),
            because="Workers learn of the monitoring only after data is collected, or not at all.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on")
            | F("monitoring.captures_personal_accounts").true()
            | F("monitoring.video_locations").has("home_office"),
            because="Monitoring reaches off-duty time, private accounts or the home, where workers do not expect to be observed.",
        ),
    ),
    satisfied_because="Monitoring is announced before it starts (or is a justified targeted investigation) and stays within working time and work accounts.",
    remedy="Announce the monitoring before it starts, end covert general monitoring, and keep capture out of off-duty time, private accounts and homes.",
    rationale="Art 5(1)(a) requires processing to be lawful, fair and transparent. Fairness includes the reasonable expectations of the people concerned; regulators have sanctioned undisclosed and off-hours monitoring of staff.",
    penalty=FINE_83_5,
)

# Art 5(1)(b) — purpose limitation

PURPOSE_LIMITATION = Requirement(
    id="EU-GDPR-5-1-B-PURPOSE",
    title="Monitoring data is used only for purposes announced at collection or compatible with them",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="b"),
    authorities=(WP249, EDPB_AI_MODELS),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=NEW_PURPOSE.holds() & F("legal_basis.compatibility_assessment").false(),
            because="The data is reused for a purpose not announced at collection, and no compatibility assessment is documented.",
        ),
        Check(
            status=Status.at_risk,
            when=F("purposes").has("sale_or_sharing"),
            because="Monitoring data is sold or shared, which is hard to reconcile with the purposes for which workers' data was collected.",
        ),
    ),
    satisfied_because="Every purpose was announced at collection, or its compatibility has been assessed, and the data is not sold or shared.",
    remedy="List the purposes before collection; for any new purpose (evaluation, discipline, AI training) document an Art 6(4) compatibility assessment or obtain a fresh lawful basis and tell workers.",
    rationale="Art 5(1)(b) requires specified, explicit and legitimate purposes and forbids further processing incompatible with them. Security or working-time data reused for ranking, discipline or model training is a new purpose.",
    penalty=FINE_83_5,
)

# Art 5(1)(c) — data minimisation

MINIMISATION = Requirement(
    id="EU-GDPR-5-1-C-MINIMISATION",
    title="Only the personal data needed for each purpose is collected",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="c"),
    authorities=(WP249, CNIL_AMAZON),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=GDPR_APPLIES.holds() & uses_any_technique(),
    # Minimisation is a proportionality judgment, so each check reports at_risk with the
    # reason a supervisory authority has relied on (CNIL Amazon 2023; CNIL 19 Dec 2024).
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.keystroke_capture") == "full_content",
            because="The full content of what workers type is recorded; counts or samples rarely fail to serve the same purpose.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.credentials_captured") == "captured",
            because="Passwords and other credentials are captured, which no monitoring purpose needs.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.captures_personal_accounts").true()
            | F("monitoring.time_scope").one_of("includes_off_duty", "always_on"),
            because="Monitoring reaches private accounts or time off duty.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("screen_recording", "session_replay", "ambient_audio", "webcam_video", "cctv_audio"),
            because="Screens, sound or video are recorded continuously rather than sampled or aggregated.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="No assessment of less intrusive alternatives is documented.",
        ),
    ),
    satisfied_because="Capture is limited (no full keystroke content, credentials, private accounts or continuous recording) and less intrusive alternatives were assessed.",
    remedy="Reduce capture to what each purpose needs: aggregate or sample, mask credentials, exclude private accounts and off-duty time, and document the less intrusive options considered.",
    rationale="Art 5(1)(c) requires data to be adequate, relevant and limited to what is necessary. Regulators have sanctioned idle-time tracking, periodic screenshots and granular indicators kept for weeks as excessive.",
    penalty=FINE_83_5,
)

# Art 5(1)(e) — storage limitation
# Readings: raw, granular monitoring data kept beyond 30 days is flagged, since CNIL found 31 days
# excessive for raw scanner data (Amazon, 2023) and Spanish and Italian benchmarks are shorter.
GRANULAR_DAYS = 30
_GRANULAR = (
    ("raw_events", None),
    ("keystrokes", ("keystroke_logging",)),
    ("screenshots", ("screenshots", "screen_recording", "session_replay")),
    ("video", ("cctv_video", "webcam_video", "webcam_snapshot", "vehicle_inward_camera", "face_verification", "face_identification")),
    ("audio", ("call_recording", "ambient_audio", "cctv_audio", "voice_analysis")),
    ("communications", ("email_monitoring", "chat_monitoring", "dlp", "tls_inspection")),
    ("location", ("gps_device", "gps_vehicle", "telematics", "badge_rfid", "wifi_bluetooth_tracking")),
    ("biometric_templates", ("fingerprint", "face_verification", "face_identification", "keystroke_dynamics", "voice_analysis")),
)


def _kept(data_class: str, techniques, op: str, days: int):
    cond = F(f"retention.days.{data_class}") >= days if op == "gte" else F(f"retention.days.{data_class}") > days
    return cond if techniques is None else F("monitoring.techniques").has_any(*techniques) & cond


STORAGE = Requirement(
    id="EU-GDPR-5-1-E-STORAGE",
    title="Each class of monitoring data has a retention period no longer than its purpose needs",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="1", point="e"),
    authorities=(CNIL_AMAZON, GARANTE_FOODINHO),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=AnyOf(
                *(_kept(c, t, "gte", INDEFINITE_DAYS) for c, t in _GRANULAR),
                F("retention.days.derived_indicators") >= INDEFINITE_DAYS,
                F("retention.days.reports") >= INDEFINITE_DAYS,
            ),
            because="Some monitoring data is kept indefinitely: no retention period is set.",
        ),
        Check(
            status=Status.at_risk,
            when=AnyOf(*(_kept(c, t, "gt", GRANULAR_DAYS) for c, t in _GRANULAR)),
            because=f"Raw or granular monitoring data is kept for more than {GRANULAR_DAYS} days; regulators have found a month excessive for raw activity data.",
        ),
    ),
    satisfied_because=f"Every class of monitoring data has a set retention period, and raw granular data is deleted within {GRANULAR_DAYS} days.",
    remedy=f"Set a retention period per data class, delete or aggregate raw events, recordings and location data within {GRANULAR_DAYS} days unless a documented need requires longer, and enforce deletion technically.",
    rationale="Art 5(1)(e) limits storage in identifiable form to what the purpose requires. The Amazon (31 days for all raw data) and Foodinho (no defined retention) decisions sanctioned long or undefined retention.",
    penalty=FINE_83_5,
)

# Art 5(2) — accountability

ACCOUNTABILITY = Requirement(
    id="EU-GDPR-5-2-ACCOUNT",
    title="The employer can show, in documents, that the monitoring complies",
    jurisdiction="EU",
    citation=cite(article="5", paragraph="2"),
    authorities=(WP249,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.records_of_processing").false(),
            because="The monitoring is not in the records of processing activities.",
        ),
        Check(
            status=Status.action_required,
            when=LEGITIMATE_INTERESTS_RELIED_ON & F("legal_basis.legitimate_interest_assessment").false(),
            because="Legitimate interests are relied on without a documented assessment.",
        ),
        Check(
            status=Status.action_required,
            when=F("assessments.dpia.status").one_of("none", "in_progress"),
            because="No completed DPIA documents the necessity and risks of the monitoring.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="The choice against less intrusive alternatives is not documented.",
        ),
    ),
    satisfied_because="Records of processing, the legitimate-interest assessment, a DPIA and the assessment of alternatives are documented.",
    remedy="Keep the evidence: an entry in the records of processing, the legitimate-interest and alternatives assessments, the DPIA and the policies given to workers.",
    rationale="Art 5(2) makes the controller responsible for, and able to demonstrate, compliance with the principles; a regulator asks first for these documents.",
    penalty=FINE_83_5,
)

# Art 6(1) — a lawful basis for every purpose

LAWFUL_BASIS = Requirement(
    id="EU-GDPR-6-1-BASIS",
    title="Every monitoring purpose rests on a lawful basis that fits the employment relationship",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="1"),
    authorities=(WP249, CJEU_C_65_23),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.violation,
            when=NO_BASIS_FOR_A_PURPOSE,
            because="At least one purpose has no lawful basis at all.",
        ),
        Check(
            status=Status.action_required,
            when=F("legal_basis.bases_used").has("collective_agreement") & Not(EMPLOYMENT_RULES.holds()),
            because="A collective or works agreement is named as the basis, but no signed agreement is recorded for the monitored people.",
        ),
        Check(
            status=Status.at_risk,
            when=basis_named(
                "contract",
                ("productivity_measurement", "performance_evaluation", "it_security", "ai_model_training", "ai_product_development", "process_mining", "sale_or_sharing"),
            ),
            because="Performance of the contract is claimed for monitoring that is not objectively necessary to perform the employment contract.",
        ),
    ),
    satisfied_because="Every purpose names a basis, and none relies on the contract for monitoring the contract does not need.",
    remedy="Record one basis per purpose: legal obligation where a statute requires the processing (e.g. working-time records), otherwise usually legitimate interests with a documented assessment; use the contract only where strictly necessary.",
    rationale="Art 6(1) permits processing only on one of six bases. For monitoring at work the realistic ones are legal obligation and legitimate interests; a collective agreement can be a more specific rule under Art 88 but is fully reviewable (C-65/23).",
    penalty=FINE_83_5,
)

# Art 6(1)(f) — legitimate interests and the balancing test

LEGITIMATE_INTERESTS = Requirement(
    id="EU-GDPR-6-1-F-LIA",
    title="Reliance on legitimate interests is backed by a documented balancing test that favours it",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="1", point="f"),
    authorities=(WP249, CNIL_AMAZON, CE_AMAZON),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies and a monitoring purpose rests on legitimate interests",
    applies_if=GDPR_APPLIES.holds() & WORKERS & LEGITIMATE_INTERESTS_RELIED_ON,
    checks=(
        Check(
            status=Status.action_required,
            when=F("organisation.legal_form") == "public_body",
            because="A public body cannot rely on legitimate interests for processing in the performance of its tasks (Art 6(1), second subparagraph).",
        ),
        Check(
            status=Status.action_required,
            when=F("legal_basis.legitimate_interest_assessment").false(),
            because="No legitimate-interest assessment is documented.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.less_intrusive_alternatives_assessed").false(),
            because="Necessity is not shown: less intrusive alternatives were not assessed.",
        ),
        Check(
            status=Status.at_risk,
            when=CONTENT_CAPTURED
            | F("monitoring.time_scope").one_of("includes_off_duty", "always_on")
            | (F("monitoring.granularity") == "individual_realtime"),
            because="The capture is intrusive (content, off-duty time or real-time individual tracking), so the workers' interests are likely to prevail in the balance.",
        ),
    ),
    satisfied_because="A documented assessment exists, alternatives were weighed, and capture is limited to metadata during working time.",
    remedy="Document the legitimate-interest assessment: the interest pursued, why the monitoring is necessary, what milder means were rejected, the workers' reasonable expectations and the safeguards; reduce capture where the balance is close.",
    rationale="Art 6(1)(f) requires a legitimate interest, necessity and a balance not overridden by the workers' rights. Outcomes are contestable (the Conseil d'État upheld indicators that CNIL had rejected), so the checker reports risk, not breach.",
    penalty=FINE_83_5,
)

# Art 6(4) — further processing for a new purpose, including AI training

FURTHER_PROCESSING = Requirement(
    id="EU-GDPR-6-4-FURTHER",
    title="Reuse of monitoring data for a new purpose, such as AI training, passes a documented compatibility test",
    jurisdiction="EU",
    citation=cite(article="6", paragraph="4"),
    authorities=(EDPB_AI_MODELS, WP249),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.S,
    applies_when="When monitoring data of workers is used for a purpose not announced at collection",
    applies_if=NEW_PURPOSE.holds() & WORKERS,
    checks=(
        Check(
            status=Status.action_required,
            when=F("legal_basis.compatibility_assessment").false(),
            because="The data is reused for a new purpose without a documented compatibility assessment (Art 6(4)(a)–(e)).",
        ),
        Check(
            status=Status.at_risk,
            when=F("purposes").has_any("ai_model_training", "ai_product_development")
            & (F("ai_training.pseudonymised").false() | F("ai_training.sensitive_content_filtered").false()),
            because="Monitoring data goes into AI training without pseudonymisation or filtering of sensitive content; safeguards under Art 6(4)(e) weigh heavily.",
        ),
        Check(
            status=Status.at_risk,
            when=F("purposes").has_any("ai_model_training", "ai_product_development") & CONTENT_CAPTURED,
            because="The training data includes the content of messages or typing, whose nature (Art 6(4)(c)) weighs against compatibility.",
        ),
    ),
    satisfied_because="The compatibility of the new purpose has been assessed, and any training data is pseudonymised, filtered and free of communication content.",
    remedy="Assess compatibility under Art 6(4) (link, context of the employment relationship, nature of the data, consequences, safeguards); if incompatible, find a new basis and apply the EDPB three-step test; pseudonymise and filter training data and tell workers first.",
    rationale="Art 6(4) lists what decides whether a new purpose is compatible. The EDPB (Opinion 28/2024) adds for AI models a three-step legitimate-interest test and warns that a trained model is not automatically anonymous.",
    penalty=FINE_83_5,
)

# Arts 6 and 7(4) — workers' consent is not a basis for monitoring

CONSENT_OF_EMPLOYEES = Requirement(
    id="EU-GDPR-6-CONSENT-EMP",
    title="Monitoring of workers does not rely on their consent as its lawful basis",
    jurisdiction="EU",
    citation=cite(article="7", paragraph="4"),
    authorities=(EDPB_CONSENT, WP249),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies to monitoring of workers or applicants",
    applies_if=GDPR_APPLIES.holds() & WORKERS,
    checks=(
        Check(
            status=Status.violation,
            when=F("legal_basis.bases_used").has("consent")
            & F("legal_basis.bases_used").has_none(
                "contract", "legal_obligation", "public_task", "legitimate_interests", "collective_agreement"
            ),
            because="Consent is the only lawful basis claimed. Workers' consent is presumed not to be freely given (Art 4(11), Art 7(4), Recital 43), so the processing has no valid basis.",
        ),
        Check(
            status=Status.action_required,
            when=F("legal_basis.bases_used").has("consent"),
            because="Consent is relied on for at least one purpose; for those purposes the processing lacks a valid basis.",
        ),
    ),
    satisfied_because="No purpose relies on the workers' consent.",
    remedy="Replace consent with a basis that fits the employment relationship (legal obligation, contract where strictly necessary, or a documented legitimate-interest assessment) for every purpose.",
    rationale="Because of the imbalance of power between employer and worker, the EDPB and WP29 treat workers' consent as valid only where refusal has no consequence at all, which monitoring at work rarely allows.",
    penalty=FINE_83_5,
)

# Art 9 — special categories of personal data
# Biometric data counts only when used to identify someone (Art 9(1)): fingerprint and face
# clock-ins do, keystroke dynamics may (authentication) and is left out here. Inferred health
# and union activity count because data that reveals a category indirectly is covered (C-184/20,
# C-252/21). Emotional state alone is not a special category and is left to the AI Act module.
SPECIAL_CATEGORY_DATA = Classification(
    id="EU-GDPR-9-DATA",
    title="Special-category data (identifying biometrics, health, union activity …) is processed, directly or by inference",
    jurisdiction="EU",
    citation=cite(article="9", paragraph="1"),
    authorities=(CJEU_C_184_20, CJEU_C_252_21),
    grade=Grade.V,
    condition=F("monitoring.techniques").has_any("fingerprint", "face_verification", "face_identification", "wearable_sensor", "neural_device")
    | F("monitoring.inferences").has_any("health", "union_activity", "protected_characteristic"),
    rationale="Identifying biometrics, health signals from wearables or neural devices, and inferences that reveal health, union activity or other protected characteristics.",
)

SPECIAL_CATEGORIES = Requirement(
    id="EU-GDPR-9-SPECIAL",
    title="Special-category data of workers is processed only under an Art 9(2) condition",
    jurisdiction="EU",
    citation=cite(article="9", paragraph="2"),
    authorities=(CJEU_C_184_20, CJEU_C_252_21, ICO_SERCO, HM_HAMBURG),
    in_force_from=APPLIES_FROM,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.violation,
            when=SPECIAL_CATEGORY_DATA.holds() & (F("legal_basis.special_category_condition") == "none"),
            because="Special-category data is processed with no Art 9(2) condition.",
        ),
        Check(
            status=Status.action_required,
            when=SPECIAL_CATEGORY_DATA.holds()
            & (F("legal_basis.special_category_condition") == "explicit_consent")
            & F("legal_basis.alternatives_offered_to_individuals").false(),
            because="Workers' explicit consent is relied on with no alternative offered, so it cannot be freely given.",
        ),
        Check(
            status=Status.at_risk,
            when=SPECIAL_CATEGORY_DATA.holds() & (F("legal_basis.special_category_condition") == "explicit_consent"),
            because="Workers' explicit consent is rarely valid; it holds only if refusing truly costs nothing.",
        ),
        Check(
            status=Status.at_risk,
            when=SPECIAL_CATEGORY_DATA.holds()
            & (F("legal_basis.special_category_condition") == "employment_law_9_2_b")
            & Not(EMPLOYMENT_RULES.holds()),
            because="Art 9(2)(b) is claimed, but no collective agreement is recorded; confirm which national law authorises the processing with safeguards.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("fingerprint", "face_verification", "face_identification")
            & F("legal_basis.alternatives_offered_to_individuals").false(),
            because="Biometric identification is used with no alternative (badge, PIN), although less intrusive means exist.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.techniques").has_any("email_monitoring", "chat_monitoring")
            & F("monitoring.captures_message_content").true()
            & F("monitoring.excluded_contexts").has_none("union_channels"),
            because="Message content is analysed and union channels are not excluded, so the analysis may indirectly reveal union membership (C-184/20).",
        ),
    ),
    satisfied_because="No special-category data is processed, or an Art 9(2) condition covers it with an alternative for workers and union channels excluded.",
    remedy="Avoid special-category data (badges instead of fingerprints, no health or union inferences); where unavoidable, identify the national law or collective agreement under Art 9(2)(b), offer an alternative and exclude union channels.",
    rationale="Art 9(1) prohibits processing special categories unless an Art 9(2) condition applies. For employers, 9(2)(b) needs authorisation by Union or Member State law or a collective agreement with safeguards; explicit consent is rarely usable. Data that reveals a category indirectly is covered.",
    penalty=FINE_83_5,
)

# Arts 12–14 — information to workers

NOTICE = Requirement(
    id="EU-GDPR-12-13-14-NOTICE",
    title="Workers are told about the monitoring, its purposes, basis, retention and their rights before it starts",
    jurisdiction="EU",
    citation=cite(article="13", paragraph="1"),
    authorities=(WP249, CNIL_AMAZON),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies and data is collected about workers",
    applies_if=GDPR_APPLIES.holds() & WORKERS,
    checks=(
        Check(
            status=Status.action_required,
            when=F("monitoring.covert") == "general",
            because="Monitoring is covert and untargeted, so workers cannot know about it.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice").one_of("none", "after_collection"),
            because="Workers are not informed at or before collection.",
        ),
        Check(
            status=Status.action_required,
            when=Not(
                F("transparency.notice_covers").has("purposes")
                & F("transparency.notice_covers").has("legal_basis")
                & F("transparency.notice_covers").has("retention")
                & F("transparency.notice_covers").has("rights")
            ),
            because="The notice does not state all of: the purposes, the legal basis, the retention period and the workers' rights (Art 13(1)–(2)).",
        ),
        Check(
            status=Status.action_required,
            when=F("purposes").has_any("ai_model_training", "ai_product_development")
            & F("transparency.notice_covers").has_none("ai_training"),
            because="The data is used to train or develop AI, and the notice does not say so (Art 13(3) requires notice before further processing for a new purpose).",
        ),
        Check(
            status=Status.action_required,
            when=Exists("decisions", F("solely_automated").true()) & F("transparency.notice_covers").has_none("adm_logic"),
            because="Decisions are taken solely by automated means, and the notice does not explain their logic and consequences (Art 13(2)(f)).",
        ),
    ),
    satisfied_because="Workers are informed at or before collection, and the notice covers purposes, basis, retention, rights and any AI training or automated decisions.",
    remedy="Give every monitored worker a concise notice before rollout covering purposes, legal basis, legitimate interests, recipients, retention, rights, any automated decision logic and any reuse for AI training.",
    rationale="Arts 12–14 require concise, accessible information when data is collected and before any processing for a new purpose. Missing or late notice was a ground in the CNIL Amazon decision.",
    penalty=FINE_83_5,
)

# Art 15 — right of access, including the logic of automated decisions

ACCESS = Requirement(
    id="EU-GDPR-15-ACCESS",
    title="Workers can obtain their monitoring data and an explanation of any automated decision logic",
    jurisdiction="EU",
    citation=cite(article="15", paragraph="1", point="h"),
    authorities=(CJEU_C_203_22,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.access_request_process").false(),
            because="There is no process to answer workers' access requests.",
        ),
        Check(
            status=Status.action_required,
            when=Exists("decisions", (F("solely_automated").true() | F("score_determining").true()) & F("explanation_available").false()),
            because="Automated or score-driven decisions cannot be explained; access must include the procedure and principles actually applied (C-203/22).",
        ),
    ),
    satisfied_because="Access requests are handled, and any automated decision can be explained.",
    remedy="Set up an access-request process that returns the monitoring data and, for automated or score-based decisions, a concise explanation of the procedure and principles actually applied; refer trade-secret conflicts to the authority or court.",
    rationale="Art 15(1)(h) gives a right to meaningful information about the logic of automated decisions. The Court read it as a right to an explanation of the procedure and principles actually applied; claimed trade secrets are balanced by the authority or court, not withheld.",
    penalty=FINE_83_5,
)

# Art 21 — right to object

OBJECTION = Requirement(
    id="EU-GDPR-21-OBJECT",
    title="Workers can object to monitoring based on legitimate interests, and are told so separately",
    jurisdiction="EU",
    citation=cite(article="21", paragraph="1"),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When the GDPR applies and a monitoring purpose rests on legitimate interests or a public task",
    applies_if=GDPR_APPLIES.holds() & WORKERS & (LEGITIMATE_INTERESTS_RELIED_ON | F("legal_basis.bases_used").has("public_task")),
    checks=(
        Check(
            status=Status.action_required,
            when=F("transparency.objection_mechanism").false(),
            because="There is no way for workers to object to the processing.",
        ),
        Check(
            status=Status.action_required,
            when=F("transparency.notice_covers").has_none("objection_right"),
            because="The notice does not bring the right to object to workers' attention separately (Art 21(4)).",
        ),
    ),
    satisfied_because="Workers can object, and the notice presents the right to object separately.",
    remedy="Offer a channel to object, assess each objection against compelling legitimate grounds, and state the right to object clearly and separately in the first communication.",
    rationale="Under Art 21(1) a worker may object to processing based on Art 6(1)(e) or (f); the employer must then stop unless it shows compelling legitimate grounds. Art 21(4) requires the right to be presented clearly and separately.",
    penalty=FINE_83_5,
)

# Art 22 — automated individual decisions
# SCHUFA (C-634/21): producing a score is itself a decision under Art 22(1) where the decision
# maker draws strongly on it. Whether that carries over to employer scoring is contested (the
# Court's case concerned a third party's score), so score-driven decisions report at_risk; a
# decision taken solely by automated means with no safeguards is a bright line (violation).
# The contract has no field for the Art 22(2) exception relied on; see the at_risk check.
SIGNIFICANT_AUTOMATED = Exists("decisions", F("solely_automated").true() | F("score_determining").true())

AUTOMATED_DECISIONS = Requirement(
    id="EU-GDPR-22-ADM",
    title="No significant decision about a worker is left to automated processing without an exception and safeguards",
    jurisdiction="EU",
    citation=cite(article="22", paragraph="1"),
    authorities=(CJEU_C_634_21, GARANTE_FOODINHO, WP249),
    in_force_from=APPLIES_FROM,
    severity=Severity.prohibited,
    grade=Grade.V,
    applies_when="When decisions about workers are taken solely by automated means or rest on a determining score",
    applies_if=GDPR_APPLIES.holds() & WORKERS & SIGNIFICANT_AUTOMATED,
    checks=(
        Check(
            status=Status.violation,
            when=Exists(
                "decisions",
                F("solely_automated").true() & (F("contest_channel").false() | F("human_review.authority_to_change").false()),
            ),
            because="A decision about workers is taken solely by automated means without the Art 22(3) safeguards: no one with authority can intervene, or it cannot be contested.",
        ),
        Check(
            status=Status.violation,
            when=Exists("decisions", F("solely_automated").true())
            & F("monitoring.inferences").has_any("health", "union_activity", "protected_characteristic")
            & F("legal_basis.special_category_condition").one_of("none", "employment_law_9_2_b", "occupational_medicine_9_2_h"),
            because="Solely automated decisions draw on special-category inferences, which Art 22(4) allows only with explicit consent or a substantial public interest.",
        ),
        Check(
            status=Status.at_risk,
            when=Exists(
                "decisions",
                F("score_determining").true()
                & (F("contest_channel").false() | F("explanation_available").false() | F("human_review.authority_to_change").false()),
            ),
            because="A score plays a determining role in decisions about workers; read with SCHUFA (C-634/21) the scoring may itself be an Art 22 decision, and safeguards are missing.",
        ),
        Check(
            status=Status.at_risk,
            when=Exists("decisions", F("solely_automated").true()),
            because="Decisions are taken solely by automated means: they are lawful only under an Art 22(2) exception (necessity for the contract, authorising law, explicit consent), which must be confirmed.",
        ),
    ),
    satisfied_because="Score-driven decisions are reviewed by people with authority to change them, and can be explained and contested.",
    remedy="Put a person with real authority into every significant decision, let workers express their view and contest, explain the score's role, and keep special-category inferences out of automated decisions.",
    rationale="Art 22(1) bars decisions based solely on automated processing with legal or similarly significant effects unless an Art 22(2) exception applies with the 22(3) safeguards. SCHUFA holds that a score can itself be such a decision; Italian decisions on rider platforms sanctioned missing safeguards.",
    penalty=FINE_83_5,
)

# Art 25 — data protection by design and by default

BY_DESIGN = Requirement(
    id="EU-GDPR-25-DPBD",
    title="The monitoring tool is configured to capture the least data by default",
    jurisdiction="EU",
    citation=cite(article="25", paragraph="2"),
    authorities=(WP249, GARANTE_FOODINHO),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.at_risk,
            when=F("monitoring.time_scope").one_of("includes_off_duty", "always_on") & (F("monitoring.pause_controls") == "none"),
            because="Capture runs outside working time by default and workers cannot pause it.",
        ),
        Check(
            status=Status.at_risk,
            when=F("monitoring.granularity").one_of("individual_event_level", "individual_realtime")
            & F("security.who_sees_individual_data").has_any("line_manager", "peers"),
            because="Event-level or real-time individual data is shown to line managers or peers by default, rather than aggregated or pseudonymised.",
        ),
        Check(
            status=Status.at_risk,
            when=(F("monitoring.application_scope") == "all") & F("monitoring.excluded_contexts").has_none("private_apps", "personal_webmail"),
            because="All applications are captured and no private context is excluded by default.",
        ),
    ),
    satisfied_because="Capture is limited by default: working time only, aggregated or restricted views, and private contexts excluded.",
    remedy="Configure the tool for minimum capture: off outside working hours, aggregate or pseudonymised dashboards, role-based access, private apps and webmail excluded; turn vendor defaults down before rollout.",
    rationale="Art 25(2) requires that by default only the data necessary for each purpose is processed and that it is not made accessible to an indefinite number of people.",
    penalty=FINE_83_4,
)

# Art 28 — processors

PROCESSORS = Requirement(
    id="EU-GDPR-28-PROCESSOR",
    title="Monitoring vendors process the data under an Art 28 contract and do not reuse it for themselves",
    jurisdiction="EU",
    citation=cite(article="28", paragraph="3"),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When a vendor or other processor handles the monitoring data",
    applies_if=GDPR_APPLIES.holds() & Exists("recipients", F("role").one_of("processor", "service_provider")),
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.processor_contracts").false()
            | Exists("recipients", F("role").one_of("processor", "service_provider") & F("contract_compliant").false()),
            because="A processor handles the monitoring data without a contract meeting Art 28(3).",
        ),
        Check(
            status=Status.at_risk,
            when=F("ai_training.vendor_trains_own_models").true(),
            because="The vendor trains its own models on the data; for that processing it becomes a controller (Art 28(10)) and needs its own lawful basis.",
        ),
    ),
    satisfied_because="Processors work under Art 28 contracts and do not reuse the data for their own purposes.",
    remedy="Sign Art 28(3) terms with every vendor (instructions, confidentiality, security, sub-processors, deletion, audits) and prohibit reuse of the data for the vendor's own model training.",
    rationale="Art 28 requires a binding contract with each processor. A processor that determines its own purposes, such as training its models, is treated as a controller for that processing (Art 28(10)).",
    penalty=FINE_83_4,
)

# Art 30 — records of processing activities
# The Art 30(5) exemption for organisations under 250 people does not help: monitoring is not
# occasional, so the exemption never applies to it.

RECORDS = Requirement(
    id="EU-GDPR-30-ROPA",
    title="The monitoring is entered in the records of processing activities",
    jurisdiction="EU",
    citation=cite(article="30", paragraph="1"),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.V,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.records_of_processing").false(),
            because="The monitoring is missing from the records of processing activities.",
        ),
    ),
    satisfied_because="The monitoring is in the records of processing activities.",
    remedy="Add an entry for the monitoring: purposes, categories of workers and data, recipients, transfers, retention periods and security measures.",
    rationale="Art 30(1) requires a record of each processing activity. Regular monitoring is not occasional, so the Art 30(5) exemption for small organisations does not apply.",
    penalty=FINE_83_4,
)

# Art 32 — security of processing

SECURITY = Requirement(
    id="EU-GDPR-32-SECURITY",
    title="Access to monitoring data is personal, restricted, logged and encrypted",
    jurisdiction="EU",
    citation=cite(article="32", paragraph="1"),
    authorities=(CNIL_AMAZON, HM_HAMBURG),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers are monitored",
    applies_if=MONITORED,
    checks=(
        Check(
            status=Status.action_required,
            when=F("security.shared_accounts").true(),
            because="Shared accounts are used to access the monitoring data, so access cannot be attributed or controlled.",
        ),
        Check(
            status=Status.at_risk,
            when=F("security.access") == "broad",
            because="Monitoring data is broadly accessible rather than on a need-to-know basis.",
        ),
        Check(
            status=Status.at_risk,
            when=F("security.access_logged").false() | F("security.encrypted_at_rest").false(),
            because="Access to the data is not logged, or the data is not encrypted at rest.",
        ),
    ),
    satisfied_because="Access is personal, on a need-to-know basis, logged, and the data is encrypted at rest.",
    remedy="Give each viewer a personal account, restrict access by role, log access and encrypt the stored data.",
    rationale="Art 32 requires security appropriate to the risk. CNIL sanctioned a shared account on video software (Amazon) and the Hamburg DPA profiles readable by dozens of managers (H&M).",
    penalty=FINE_83_4,
)

# Art 35 — data protection impact assessment
# The nine WP248 criteria, each read from the facts. They are evidence of "likely high risk",
# not legal tests in their own right; WP248 says two usually require a DPIA.


def _criterion(slug: str, number: int, title: str, condition, rationale: str) -> Classification:
    return Classification(
        id=f"EU-GDPR-35-WP248-{number}-{slug}",
        title=title,
        jurisdiction="EU",
        citation=cite(article="35", paragraph="1"),
        authorities=(WP248,),
        grade=Grade.S,
        condition=condition,
        rationale=rationale,
    )


C_SCORING = _criterion(
    "SCORING", 1, "WP248 criterion 1: evaluation or scoring of people",
    F("monitoring.techniques").has_any("productivity_scoring", "quota_tracking", "sentiment_analysis", "emotion_recognition")
    | F("monitoring.inferences").has_any("performance", "behaviour", "reliability", "aptitude", "emotional_state", "health")
    | F("purposes").has_any("performance_evaluation", "productivity_measurement"),
    "Scoring or profiling of performance at work is WP248's first example.",
)
C_ADM = _criterion(
    "ADM", 2, "WP248 criterion 2: automated decisions with legal or similar effect",
    Exists("decisions", F("solely_automated").true() | F("score_determining").true()),
    "A decision taken solely by automated means, or driven by a score, about people's work.",
)
C_SYSTEMATIC = _criterion(
    "SYSTEMATIC", 3, "WP248 criterion 3: systematic monitoring",
    uses_any_technique(),
    "Any of the listed monitoring techniques applied to workers is systematic observation in WP248's sense.",
)
C_SENSITIVE = _criterion(
    "SENSITIVE", 4, "WP248 criterion 4: sensitive or highly personal data",
    F("data_categories").has_any("biometric", "physiological", "communications", "keystrokes", "audio")
    | F("monitoring.captures_message_content").true()
    | F("monitoring.inferences").has_any("health", "emotional_state", "protected_characteristic", "union_activity"),
    "Special categories, and data of a highly personal nature such as the content of communications.",
)
# "Large scale" has no number in the GDPR or WP248. We read 1,000 or more monitored people as
# large scale for an employer (a reading, not a rule: see the requirement's grade).
LARGE_SCALE_HEADCOUNT = 1000
C_LARGE_SCALE = _criterion(
    "LARGE-SCALE", 5, "WP248 criterion 5: large-scale processing",
    F("organisation.headcount_total") >= LARGE_SCALE_HEADCOUNT,
    f"Read here as {LARGE_SCALE_HEADCOUNT:,} or more people in the organisation.",
)
C_COMBINING = _criterion(
    "COMBINING", 6, "WP248 criterion 6: matching or combining datasets",
    F("ai_training.uses_monitoring_data").true() | F("monitoring.techniques").has("productivity_scoring"),
    "Combining several monitoring streams into a score or a training dataset.",
)
C_VULNERABLE = _criterion(
    "VULNERABLE", 7, "WP248 criterion 7: vulnerable data subjects (employees)",
    Exists("workforce", F("roles").has_any(*WORKER_ROLES)),
    "WP248 names employees expressly because of the power imbalance with the employer.",
)
C_INNOVATIVE = _criterion(
    "INNOVATIVE", 8, "WP248 criterion 8: innovative use of technology",
    Exists("ai_systems", F("is_ai_system").true())
    | F("monitoring.techniques").has_any("emotion_recognition", "keystroke_dynamics", "face_identification", "neural_device", "wearable_sensor", "voice_analysis"),
    "AI systems and novel biometric or sensor technology.",
)
C_PREVENTS = _criterion(
    "PREVENTS", 9, "WP248 criterion 9: processing that prevents a right, service or contract",
    Exists("decisions", F("type").one_of("hiring", "account_deactivation", "demotion_suspension_termination")),
    "Outputs that decide access to a job or end a working relationship.",
)
WP248_CRITERIA = (C_SCORING, C_ADM, C_SYSTEMATIC, C_SENSITIVE, C_LARGE_SCALE, C_COMBINING, C_VULNERABLE, C_INNOVATIVE, C_PREVENTS)

DPIA_REQUIRED = Classification(
    id="EU-GDPR-35-DPIA-REQUIRED",
    title="A DPIA is required: two or more WP248 criteria are met",
    jurisdiction="EU",
    citation=cite(article="35", paragraph="1"),
    authorities=(WP248,),
    grade=Grade.S,
    condition=GDPR_APPLIES.holds() & AtLeast(2, *(c.holds() for c in WP248_CRITERIA)),
)
DPIA_INDICATED = Classification(
    id="EU-GDPR-35-DPIA-INDICATED",
    title="At least one WP248 criterion is met",
    jurisdiction="EU",
    citation=cite(article="35", paragraph="1"),
    authorities=(WP248,),
    grade=Grade.S,
    condition=GDPR_APPLIES.holds() & AtLeast(1, *(c.holds() for c in WP248_CRITERIA)),
)

DPIA = Requirement(
    id="EU-GDPR-35-DPIA",
    title="A data protection impact assessment is completed before the monitoring starts",
    jurisdiction="EU",
    citation=cite(article="35", paragraph="1"),
    authorities=(WP248, WP249),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the GDPR applies and at least one WP248 high-risk criterion is met",
    applies_if=DPIA_INDICATED.holds(),
    checks=(
        Check(
            status=Status.action_required,
            when=DPIA_REQUIRED.holds() & F("assessments.dpia.status").one_of("none", "in_progress"),
            because="Two or more WP248 criteria are met, so a DPIA is required before processing, and none has been completed.",
        ),
        Check(
            status=Status.at_risk,
            when=DPIA_REQUIRED.holds() & F("assessments.dpia.before_deployment").false(),
            because="The DPIA was completed only after the processing started; Art 35(1) requires it beforehand.",
        ),
        Check(
            status=Status.at_risk,
            when=DPIA_REQUIRED.holds() & F("assessments.dpia.workers_views_sought").false(),
            because="The views of the workers or their representatives were not sought (Art 35(9): where appropriate).",
        ),
        Check(
            status=Status.at_risk,
            when=Not(DPIA_REQUIRED.holds()) & F("assessments.dpia.status").one_of("none", "in_progress"),
            because="One WP248 criterion is met: a DPIA is advisable, or a documented reason why none is needed.",
        ),
    ),
    satisfied_because="A DPIA was completed before deployment with the workers' views sought.",
    remedy="Carry out the DPIA before rollout: describe the processing, assess necessity and proportionality, the risks to workers and the mitigations, and seek the views of workers or their representatives.",
    rationale="Art 35(1) requires a DPIA where processing is likely to result in a high risk. WP248 lists nine indicators and says that meeting two usually means a DPIA is required; employee monitoring normally meets systematic monitoring and vulnerable data subjects.",
    penalty=FINE_83_4,
)

# Art 36 — prior consultation

PRIOR_CONSULTATION = Requirement(
    id="EU-GDPR-36-PRIOR-CONSULT",
    title="The supervisory authority is consulted before monitoring whose DPIA leaves a high risk",
    jurisdiction="EU",
    citation=cite(article="36", paragraph="1"),
    in_force_from=APPLIES_FROM,
    severity=Severity.required_before_deployment,
    grade=Grade.V,
    applies_when="When the DPIA concludes that a high risk remains after mitigation",
    applies_if=GDPR_APPLIES.holds() & F("assessments.dpia.residual_high_risk").true(),
    checks=(
        Check(
            status=Status.action_required,
            when=F("assessments.prior_consultation_done").false(),
            because="The DPIA leaves a high residual risk, and the supervisory authority has not been consulted.",
        ),
    ),
    satisfied_because="The supervisory authority was consulted on the residual high risk.",
    remedy="Consult the supervisory authority before processing, with the DPIA, or reduce the risk until it is no longer high.",
    rationale="Art 36(1) requires prior consultation where a DPIA shows a high risk that the controller cannot mitigate.",
    penalty=FINE_83_4,
)

# Art 37 — data protection officer
# Reading: monitoring one's own staff is usually an ancillary activity (Recital 97; WP243), so
# Art 37(1)(b) rarely requires a DPO for an ordinary employer: that case reports at_risk as a
# "check", not a breach. For a digital labour platform, monitoring workers is part of the core
# business. National law may require more (e.g. §38 BDSG in Germany).

DPO = Requirement(
    id="EU-GDPR-37-DPO",
    title="A data protection officer is designated where large-scale monitoring is a core activity, and consulted on the DPIA",
    jurisdiction="EU",
    citation=cite(article="37", paragraph="1", point="b"),
    authorities=(WP243,),
    in_force_from=APPLIES_FROM,
    severity=Severity.required,
    grade=Grade.S,
    applies_when="When the GDPR applies and workers are monitored systematically on a large scale or by a digital labour platform",
    applies_if=GDPR_APPLIES.holds()
    & WORKERS
    & C_SYSTEMATIC.holds()
    & (C_LARGE_SCALE.holds() | F("organisation.is_digital_labour_platform").true()),
    checks=(
        Check(
            status=Status.action_required,
            when=F("organisation.is_digital_labour_platform").true() & F("assessments.dpo_designated").false(),
            because="Monitoring workers is a core activity of a digital labour platform, and no DPO is designated.",
        ),
        Check(
            status=Status.at_risk,
            when=F("assessments.dpo_designated").false(),
            because="No DPO is designated. Monitoring one's own staff is usually ancillary, so Art 37(1)(b) may not require one: check the core activities and national law.",
        ),
        Check(
            status=Status.at_risk,
            when=F("assessments.dpia.dpo_consulted").false(),
            because="The DPO was not consulted on the DPIA (Art 35(2)).",
        ),
    ),
    satisfied_because="A DPO is designated and was consulted on the DPIA.",
    remedy="Decide, and document, whether monitoring is a core activity; designate a DPO where it is or national law requires one, and involve the DPO in the DPIA.",
    rationale="Art 37(1)(b) requires a DPO where core activities consist of regular and systematic monitoring on a large scale. For an ordinary employer that is a question to check, not a clear duty.",
    penalty=FINE_83_4,
)

REQUIREMENTS = (
    FAIRNESS,
    PURPOSE_LIMITATION,
    MINIMISATION,
    STORAGE,
    ACCOUNTABILITY,
    LAWFUL_BASIS,
    LEGITIMATE_INTERESTS,
    FURTHER_PROCESSING,
    CONSENT_OF_EMPLOYEES,
    SPECIAL_CATEGORIES,
    NOTICE,
    ACCESS,
    OBJECTION,
    AUTOMATED_DECISIONS,
    BY_DESIGN,
    PROCESSORS,
    RECORDS,
    SECURITY,
    DPIA,
    PRIOR_CONSULTATION,
    DPO,
)

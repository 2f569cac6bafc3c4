"""Fictional policy-manual wording for the policy-manual families, and its parse into gold nodes.

Each directive sentence is written once, with its gold marked inline: ``[[...]]`` around the
directive's subject when it names an actor (the activity's lead) and ``{{...}}`` around a
stated frequency or quantity (its one milestone). The markers are stripped for printing, so
the PDF and the gold come from the same string. Sentences whose subject is a thing
("Recordings shall be retained ...") carry no lead; bullets under a lead-in carry none either.
Every number or frequency printed inside a directive is marked, so no schedule goes unlabelled.
"""

from __future__ import annotations

import re

from ..spec import Node

# A block is ("p", [sentence, ...]) — sentences printed in one paragraph — or
# ("ul", lead-in sentence, [bullet, ...]).
POLICIES: dict[str, dict] = {
    "bwc": {
        "title": "Body-Worn Cameras",
        "purpose": "This policy provides guidelines for the use, management, storage and "
        "release of audio and video recordings made with department-issued body-worn cameras "
        "(BWC). It is intended to document police contacts accurately, preserve evidence and "
        "strengthen public trust in the work of the Department.",
        "sections": [
            {
                "title": "Officer Responsibilities",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[Each officer assigned a BWC]] shall wear it on the outermost garment, "
                            "at or above the midline of the torso, while on duty.",
                            "[[Officers]] shall inspect the camera and confirm that it is charged and "
                            "functioning {{at the start of each shift}}.",
                            "[[Any officer who discovers a malfunction]] shall notify a supervisor and "
                            "obtain a replacement camera as soon as practicable.",
                        ],
                    ),
                    (
                        "ul",
                        "[[Officers]] shall activate the BWC before arriving at, or upon "
                        "initiating, any of the following:",
                        [
                            "Calls for service and self-initiated field contacts;",
                            "Traffic and pedestrian stops;",
                            "Searches of persons, vehicles or property;",
                            "Any encounter that becomes adversarial after the initial contact; and",
                            "Transports of persons in custody.",
                        ],
                    ),
                    (
                        "p",
                        [
                            "[[Officers]] should inform members of the public that they are being "
                            "recorded when doing so is safe and practical.",
                            "Once activated, the BWC shall remain on until the incident has "
                            "concluded.",
                        ],
                    ),
                ],
            },
            {
                "title": "Restrictions on Recording",
                "intro": "The Department recognizes that some places and conversations carry a "
                "heightened expectation of privacy.",
                "blocks": [
                    (
                        "p",
                        [
                            "[[Members]] shall not use the BWC to record non-work-related activity, "
                            "or to record in locker rooms, restrooms or break areas.",
                            "[[Officers]] shall not record conversations with other employees during "
                            "routine administrative activities without their knowledge.",
                            "[[An officer who mutes or stops a recording]] shall state the reason on "
                            "the recording before doing so.",
                        ],
                    ),
                ],
            },
            {
                "title": "Documentation and Categorization",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[Officers]] shall categorize and upload all recordings {{before the end "
                            "of each shift}}.",
                            "[[Officers]] will note in the incident report, citation or field "
                            "interview card whether BWC recordings exist.",
                            "[[Any officer who fails to record a required contact]] must document the "
                            "reason in a memorandum to the watch commander {{within 24 hours}}.",
                        ],
                    ),
                ],
            },
            {
                "title": "Supervisor Responsibilities",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[Shift supervisors]] shall review randomly selected recordings for each "
                            "officer under their command {{at least monthly}}.",
                            "[[Supervisors]] shall ensure that recordings related to any use of force, "
                            "pursuit or complaint are flagged for retention.",
                            "[[The supervisor investigating a complaint]] should view all related "
                            "recordings before contacting the complainant.",
                            "[[Supervisors]] shall not use recording reviews to search for minor "
                            "violations unrelated to the incident under review.",
                        ],
                    ),
                ],
            },
            {
                "title": "Retention and Release",
                "intro": "Recordings are records of the Department and are subject to the state "
                "public records act.",
                "blocks": [
                    (
                        "p",
                        [
                            "Recordings with no evidentiary value shall be retained for {{a minimum of "
                            "180 days}}.",
                            "[[The Records Unit]] will respond to requests for release of recordings "
                            "{{within ten business days}}.",
                            "[[The Professional Standards Unit]] shall audit camera usage and retention "
                            "compliance {{quarterly}}.",
                            "Recordings of critical incidents should be released to the public "
                            "{{within 45 days}} unless release would interfere with an active "
                            "investigation.",
                        ],
                    ),
                ],
            },
            {
                "title": "Training",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[All members issued a BWC]] shall complete {{at least four hours}} "
                            "of training before being assigned a camera.",
                            "[[The Training Unit]] shall provide refresher training {{annually}} and "
                            "whenever the system is upgraded.",
                            "[[The BWC coordinator]] will maintain a list of trained members and report "
                            "it to the Chief of Police {{semi-annually}}.",
                        ],
                    ),
                ],
            },
        ],
    },
    "fto": {
        "title": "Field Training Program",
        "purpose": "The Field Training Program prepares newly sworn officers to perform patrol "
        "duties safely and independently. It bridges academy instruction and solo assignment "
        "through structured, documented instruction by experienced officers.",
        "sections": [
            {
                "title": "Program Structure",
                "intro": "The program is divided into phases, each taught by a different training "
                "officer where staffing allows.",
                "blocks": [
                    (
                        "p",
                        [
                            "[[Each trainee]] shall complete {{a minimum of 16 weeks}} of field "
                            "training before release to solo patrol.",
                            "[[The Field Training Coordinator]] will assign trainees to training "
                            "officers and rotate assignments between phases.",
                            "Phase assignments should expose trainees to day, evening and night "
                            "shifts.",
                        ],
                    ),
                ],
            },
            {
                "title": "Selection of Field Training Officers",
                "intro": None,
                "blocks": [
                    (
                        "ul",
                        "[[Candidates for the position of Field Training Officer]] must meet the "
                        "following requirements:",
                        [
                            "Completion of the probationary period and a current patrol assignment;",
                            "No sustained complaints involving dishonesty or excessive force during the "
                            "review period;",
                            "A recommendation from the candidate's immediate supervisor; and",
                            "Successful completion of a state-certified field training officer course.",
                        ],
                    ),
                    (
                        "p",
                        [
                            "[[Field Training Officers]] shall attend update training {{every three "
                            "years}} to keep their certification current."
                        ],
                    ),
                ],
            },
            {
                "title": "Daily Observation Reports",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[The assigned Field Training Officer]] shall complete a Daily Observation "
                            "Report {{for every shift}} the trainee works.",
                            "[[Trainees]] will review and sign each report {{before the end of the "
                            "following shift}}.",
                            "Ratings of unacceptable performance shall be supported by a written "
                            "narrative.",
                            "[[The FTO sergeant]] shall meet with each trainee and training officer "
                            "{{weekly}} to discuss progress.",
                        ],
                    ),
                ],
            },
            {
                "title": "Remedial Training",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[A Field Training Officer who identifies a performance deficiency]] "
                            "shall document a remedial training plan.",
                            "[[The FTO sergeant]] must approve each remedial training plan {{within "
                            "three working days}}.",
                            "Remedial training beyond the scheduled phases should be approved by the "
                            "Patrol Division commander.",
                        ],
                    ),
                    (
                        "ul",
                        "[[The Field Training Coordinator]] shall recommend one of the following "
                        "when a trainee completes the final phase:",
                        [
                            "Release to solo patrol;",
                            "Extension of field training with a written remedial plan;",
                            "Reassignment to a prior phase; or",
                            "Separation from employment, when documented deficiencies remain "
                            "uncorrected.",
                        ],
                    ),
                ],
            },
            {
                "title": "Program Evaluation",
                "intro": "Feedback from trainees is a key measure of the program's quality.",
                "blocks": [
                    (
                        "p",
                        [
                            "[[Trainees]] shall complete a confidential evaluation of each Field "
                            "Training Officer {{at the end of each phase}}.",
                            "[[The Field Training Coordinator]] will prepare a program report for the "
                            "Chief of Police {{annually}}.",
                            "[[The Training Unit]] should compare the program against the state model "
                            "curriculum {{every two years}}.",
                        ],
                    ),
                ],
            },
        ],
    },
    "eis": {
        "title": "Early Intervention System",
        "purpose": "The Early Intervention System (EIS) identifies employees whose performance "
        "indicators suggest a need for support, training or supervisory attention. The system "
        "is non-disciplinary and is designed to help employees succeed.",
        "sections": [
            {
                "title": "Performance Indicators",
                "intro": "For purposes of this policy, an indicator is any recorded event that the "
                "system counts toward an alert threshold.",
                "blocks": [
                    (
                        "ul",
                        "[[The EIS administrator]] shall configure the system to track, at a "
                        "minimum, the following indicators:",
                        [
                            "Use of force incidents;",
                            "Citizen complaints and internal complaints;",
                            "Vehicle pursuits and collisions;",
                            "Sick leave usage patterns; and",
                            "Missed court appearances.",
                        ],
                    ),
                    (
                        "p",
                        [
                            "[[The Professional Standards Unit]] shall review alert thresholds "
                            "{{annually}}."
                        ],
                    ),
                ],
            },
            {
                "title": "Alert Review",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[The EIS administrator]] will notify the employee's division commander "
                            "of each alert {{within five business days}}.",
                            "[[The division commander]] shall assign a supervisor to review the alert "
                            "and the underlying incidents.",
                            "[[The assigned supervisor]] shall complete the review and submit a "
                            "written recommendation {{within 30 days}}.",
                            "Reviews should consider the employee's assignment, workload and the "
                            "context of each incident.",
                        ],
                    ),
                ],
            },
            {
                "title": "Intervention Options",
                "intro": None,
                "blocks": [
                    (
                        "ul",
                        "[[The division commander]] shall select one or more of the following "
                        "interventions when a review finds that support is warranted:",
                        [
                            "Informal counseling by the immediate supervisor;",
                            "Additional or remedial training;",
                            "Referral to the Employee Assistance Program or peer support;",
                            "A change of assignment or shift; or",
                            "A monitoring period with documented check-ins.",
                        ],
                    ),
                    (
                        "p",
                        [
                            "[[Supervisors conducting a monitoring period]] shall meet with the "
                            "employee {{at least every two weeks}}.",
                            "Interventions under this policy shall not be recorded as discipline.",
                        ],
                    ),
                ],
            },
            {
                "title": "Confidentiality",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[Members with access to EIS data]] shall use it only for the purposes "
                            "described in this policy.",
                            "EIS reports must be stored in the secure records system and released "
                            "only with the approval of the Chief of Police.",
                            "[[The EIS administrator]] shall purge alert records that did not result "
                            "in an intervention {{after three years}}.",
                        ],
                    ),
                ],
            },
            {
                "title": "Reporting and Audit",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[The Professional Standards Unit]] shall publish an aggregate EIS "
                            "report {{each quarter}}.",
                            "[[The Audit and Inspections Unit]] will audit a sample of closed alerts "
                            "{{semi-annually}}.",
                            "[[Division commanders]] should discuss EIS trends at command staff "
                            "meetings {{at least monthly}}.",
                        ],
                    ),
                ],
            },
            {
                "title": "Training",
                "intro": None,
                "blocks": [
                    (
                        "p",
                        [
                            "[[All supervisors]] shall receive EIS training {{within six months of "
                            "promotion}}.",
                            "[[The Training Unit]] will include an overview of the EIS in the recruit "
                            "academy and in-service curriculum.",
                            "[[Employees]] should review their own EIS dashboard {{at least "
                            "quarterly}}.",
                        ],
                    ),
                ],
            },
        ],
    },
}

_LEAD = re.compile(r"\[\[(.+?)\]\]")
_MILESTONE = re.compile(r"\{\{(.+?)\}\}")


def activity(marked: str, number: str | None = None) -> Node:
    """A gold activity from one marked sentence: markers stripped, lead and milestone taken."""
    text = _MILESTONE.sub(r"\1", _LEAD.sub(r"\1", marked))
    leads = _LEAD.findall(marked)
    lead = leads[0] if leads else None
    milestones = [{"period": None, "text": m, "lead": lead} for m in _MILESTONE.findall(marked)]
    return {"number": number, "text": text, "leads": leads, "milestones": milestones}


def section_goal(
    section: dict, number: str | None, title: str, list_numbers: list[str | None]
) -> Node:
    """One goal per titled section; ``_blocks`` keeps the paragraph/list grouping for rendering.

    ``list_numbers`` are the printed markers' numbers for list items ("a", "1") or None."""
    goal: Node = {
        "number": number,
        "title": title,
        "description": section["intro"],
        "leads": [],
        "status": None,
        "updated": None,
        "activities": [],
        "_blocks": [],
    }
    for block in section["blocks"]:
        if block[0] == "p":
            acts = [activity(s) for s in block[1]]
            goal["_blocks"].append(("p", acts))
            goal["activities"] += acts
        else:
            head = activity(block[1])
            items = [activity(s, list_numbers[i]) for i, s in enumerate(block[2])]
            goal["_blocks"].append(("ul", head, items))
            goal["activities"] += [head, *items]
    return goal

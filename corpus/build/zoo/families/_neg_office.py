"""python-docx renderers of the office negatives: annual report, council agenda, minutes.

Written as a city clerk or a department's planning unit writes them in Word: bold headings,
numbered items typed by hand, Word bullet lists and gridded tables, converted by LibreOffice.
"""

from __future__ import annotations

import random
from pathlib import Path

from docx.shared import Pt

from ..content import MONTHS, person
from ..producers import docx_pdf
from ..spec import Doc
from ._neg_docx import header_footer, new_document, para, table


def bullets(document, items: list[str]) -> None:
    for item in items:
        document.add_paragraph(item, style="List Bullet")


def heading(document, text: str, st: dict, size: float = 14) -> None:
    p = para(document, text, bold=True, size=size, colour=st["accent"])
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True


DIVISIONS = [
    (
        "Patrol Division",
        [
            "Answered {a:,} calls for service with a median emergency response time of {m} minutes",
            "Completed {b} directed patrol projects at repeat-call locations",
            "Goal met: every beat held at least one community meeting",
        ],
    ),
    (
        "Investigations Division",
        [
            "Cleared {c} percent of aggravated assaults, above the national average",
            "Recovered {d} stolen vehicles through plate reader alerts",
            "Reduced the backlog of digital evidence requests by half",
        ],
    ),
    (
        "Support Services",
        [
            "Replaced {e} patrol vehicles and upfitted them with in-car video",
            "Processed {f:,} records requests",
            "Dispatch answered {g} percent of 911 calls within 15 seconds",
        ],
    ),
    (
        "Professional Standards",
        [
            "Investigated {h} complaints; {i} were sustained",
            "Completed the state accreditation on-site assessment",
            "Published quarterly use-of-force data",
        ],
    ),
    (
        "Training and Personnel",
        [
            "Hired {j} officers and {k} professional staff",
            "Delivered {l:,} hours of in-service training",
            "Launched a peer support team of {n} members",
        ],
    ),
]


def render_annual_report(doc: Doc, out: Path) -> None:
    """A year-in-review report: chief's message, statistics table, division accomplishments."""
    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    y = st["year"]
    document = new_document(st["font"], st["size"])
    header_footer(document, f"{ag.name} \u2022 {y} Annual Report", ag.name)
    para(document, ag.name.upper(), bold=True, size=12, colour=st["accent"], align="center")
    para(document, f"{y} Annual Report", bold=True, size=26, align="center")
    para(document, "A Year of Service", italic=True, size=13, align="center")
    heading(document, f"Message from the {ag.chief_title}", st)
    para(
        document,
        f"This report looks back on {y} and the work of the men and women of the "
        f"{ag.name}. It was a year of steady progress: violent crime declined, response times "
        "improved and we welcomed more new employees than in any year in the last decade. "
        "None of it would have been possible without the residents who partner with us.",
        align="justify",
    )
    para(document, f"{ag.chief}, {ag.chief_title}", italic=True)
    heading(document, "Year in Review", st)
    stats = [["Measure", str(y - 1), str(y), "Change"]]
    for name, base in (
        ("Calls for service", rng.randint(40, 120) * 1000),
        ("Part I crimes", rng.randint(2, 9) * 1000),
        ("Arrests", rng.randint(1, 6) * 1000),
        ("Injury collisions", rng.randint(200, 900)),
    ):
        now = int(base * rng.uniform(0.85, 1.08))
        stats.append([name, f"{base:,}", f"{now:,}", f"{(now - base) / base:+.1%}"])
    table(document, stats, header_fill=st["accent"], size=st["size"] - 1)
    nums = {
        k: rng.randint(lo, hi)
        for k, lo, hi in (
            ("a", 40000, 110000),
            ("m", 5, 9),
            ("b", 6, 25),
            ("c", 50, 70),
            ("d", 80, 300),
            ("e", 8, 24),
            ("f", 3000, 9000),
            ("g", 88, 97),
            ("h", 20, 70),
            ("i", 2, 9),
            ("j", 10, 30),
            ("k", 4, 15),
            ("l", 9000, 30000),
            ("n", 8, 20),
        )
    }
    for name, items in DIVISIONS:
        heading(document, name, st, size=13)
        para(document, "Highlights", bold=True)
        bullets(document, [i.format(**nums) for i in items])
    heading(document, f"Looking Ahead to {y + 1}", st)
    para(
        document,
        f"In {y + 1} the department will continue the work set out in its "
        "strategic plan, with particular attention to staffing, the opening of a real-time "
        "crime center and expanded crisis response. Progress on each goal will be reported "
        "to the City Council.",
        align="justify",
    )
    docx_pdf(document, out)


def render_council_agenda(doc: Doc, out: Path) -> None:
    """A regular meeting agenda with numbered and lettered items typed by the clerk."""
    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    y, month = st["year"], rng.choice(MONTHS)
    document = new_document(st["font"], st["size"])
    header_footer(
        document,
        f"City Council Agenda \u2014 {month} {rng.randint(1, 28)}, {y}",
        f"City of {ag.city}",
    )
    para(document, f"CITY OF {ag.city.upper()}", bold=True, size=16, align="center")
    para(document, "CITY COUNCIL REGULAR MEETING AGENDA", bold=True, size=13, align="center")
    para(
        document,
        f"Tuesday, {month} {rng.randint(1, 28)}, {y} \u2022 6:00 p.m. \u2022 "
        "Council Chambers, City Hall",
        align="center",
    )
    items = [
        ("CALL TO ORDER", []),
        ("ROLL CALL", []),
        ("PLEDGE OF ALLEGIANCE", []),
        (
            "PUBLIC COMMENT",
            [
                "Members of the public may address the Council on any item not on "
                "the agenda. Speakers are limited to three minutes."
            ],
        ),
        (
            "CONSENT CALENDAR",
            [
                "Approve the minutes of the previous regular meeting.",
                f"Authorize a purchase of {rng.randint(6, 20)} patrol vehicles in an amount not to "
                f"exceed ${rng.randint(6, 19) * 100_000:,}.",
                "Accept a state traffic safety grant for impaired driving enforcement.",
                "Adopt a resolution approving the mutual aid agreement with the county.",
            ],
        ),
        (
            "PRESENTATIONS",
            [
                f"Police Department Strategic Plan progress report ({ag.chief_title} {ag.chief}). "
                "Recommendation: Receive and file.",
                "Proclamation recognizing National Night Out.",
            ],
        ),
        (
            "PUBLIC HEARINGS",
            [
                "Introduce an ordinance amending the municipal code regarding sidewalk vending. "
                "Recommendation: Hold the public hearing and introduce the ordinance."
            ],
        ),
        (
            "NEW BUSINESS",
            [
                f"Approve a {rng.randint(3, 5)}-year contract for body-worn cameras and digital "
                "evidence storage. Recommendation: Authorize the City Manager to execute the "
                "agreement.",
                "Discuss goals and objectives for the next budget cycle.",
            ],
        ),
        ("COUNCIL MEMBER REPORTS", []),
        ("CITY MANAGER REPORT", []),
        ("ADJOURNMENT", []),
    ]
    for n, (name, subs) in enumerate(items, 1):
        p = para(document, f"{n}.\t{name}", bold=True)
        p.paragraph_format.space_before = Pt(8)
        for letter, sub in zip("ABCDEFG", subs, strict=False):
            q = para(document, f"{letter}.\t{sub}" if len(subs) > 1 or n > 4 else sub)
            q.paragraph_format.left_indent = Pt(36)
            q.paragraph_format.first_line_indent = Pt(-18 if len(subs) > 1 or n > 4 else 0)
    para(document, "")
    para(
        document,
        "Staff reports are available at the City Clerk's office and on the city "
        "website. In compliance with the Americans with Disabilities Act, persons needing "
        "assistance should contact the City Clerk 48 hours before the meeting.",
        italic=True,
        size=st["size"] - 1,
    )
    para(document, f"Posted by {person(rng)}, City Clerk", size=st["size"] - 1)
    docx_pdf(document, out)


def render_meeting_minutes(doc: Doc, out: Path) -> None:
    """Community advisory board minutes, ending in an action-item table (owner, due date)."""
    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    y, month = st["year"], rng.choice(MONTHS)
    members = [person(rng) for _ in range(6)]
    document = new_document(st["font"], st["size"])
    header_footer(document, "Community Advisory Board \u2014 Minutes (Approved)", ag.name)
    para(document, f"{ag.name} Community Advisory Board", bold=True, size=16, colour=st["accent"])
    para(
        document,
        f"Meeting Minutes \u2014 {month} {rng.randint(1, 28)}, {y}, 6:30 p.m., "
        f"{ag.city} Public Library, Community Room",
        italic=True,
    )
    heading(document, "Attendance", st, 12)
    para(
        document,
        "Present: " + ", ".join(members[:5]) + f"; {ag.chief_title} {ag.chief}; "
        f"Lieutenant {members[5]} (staff liaison).",
    )
    para(document, f"Absent: {person(rng)}. Members of the public: {rng.randint(4, 25)}.")
    topics = [
        (
            "Call to Order and Approval of Minutes",
            f"The chair called the meeting to order at "
            f"6:3{rng.randint(1, 9)} p.m. The minutes of the previous meeting were approved as "
            "written (motion by " + members[1] + ", second by " + members[2] + "; unanimous).",
        ),
        (
            "Strategic Plan Community Survey",
            "Staff presented early results of the resident "
            f"survey. About {rng.randint(55, 78)} percent of respondents said they feel safe in "
            "their neighborhood. Members asked that the next survey be offered in more languages "
            "and that results be broken out by district. The survey will inform the goals of the "
            "department's next strategic plan.",
        ),
        (
            "Traffic Concerns Near Schools",
            "Residents described speeding near two elementary "
            "schools. The Traffic Unit will review collision data and report back. Members "
            "discussed adding crossing guards and speed feedback signs.",
        ),
        (
            "Youth Programs",
            "The liaison reported on the summer youth camp and the explorer "
            "post. Members suggested partnering with the library on a teen leadership series.",
        ),
    ]
    for n, (title, text) in enumerate(topics, 1):
        heading(document, f"{n}. {title}", st, 12)
        para(document, text, align="justify")
    heading(document, "Action Items", st, 12)
    rows = [
        ["#", "Action", "Owner", "Due"],
        [
            "1",
            "Translate the survey into additional languages",
            members[5],
            f"{rng.choice(MONTHS)} {y}",
        ],
        ["2", "Report on school-zone collision data", "Traffic Unit", "Next meeting"],
        ["3", "Draft a teen leadership series proposal", members[3], f"{rng.choice(MONTHS)} {y}"],
        ["4", "Post approved minutes online", "Staff liaison", "Within two weeks"],
    ]
    table(document, rows, header_fill=st["accent"], size=st["size"] - 1)
    para(document, "")
    para(
        document,
        f"Next meeting: {rng.choice(MONTHS)} {rng.randint(1, 28)}, {y}. The meeting "
        f"adjourned at {rng.randint(7, 8)}:{rng.randint(10, 55)} p.m.",
    )
    para(document, f"Minutes recorded by {person(rng)}, Board Secretary.", italic=True)
    docx_pdf(document, out)

"""Narrative for the docx annual report: division reviews, accomplishments, statistics,
organisational chart, crime table and glossary (none of it is a plan node)."""

from __future__ import annotations

import random

DIVISIONS = {
    "Patrol Operations": (
        "Patrol officers remain the first point of contact for most residents. This year the "
        "division answered more calls with the same number of officers by shifting two squads "
        "to the afternoon hours when demand peaks.",
        [
            "Rolled out a new four-district beat map based on two years of call data",
            "Graduated {n} officers from field training",
            "Reduced the average priority 1 response time by {n} seconds",
            "Added two bicycle officers to the downtown entertainment district",
            "Completed de-escalation refresher training for every patrol officer",
        ],
    ),
    "Investigations": (
        "Detectives carried a heavy caseload and still improved clearance rates for robbery and "
        "aggravated assault, helped by closer work with the crime analysis unit.",
        [
            "Cleared {n} percent of aggravated assaults, above the state average",
            "Processed a record number of digital evidence requests",
            "Recovered stolen property worth more than ${n}0,000",
            "Joined the regional auto theft task force",
        ],
    ),
    "Support Services": (
        "Records, dispatch, property and evidence, and fleet staff keep the department running. "
        "The division finished the year with its lowest dispatcher vacancy rate in a decade.",
        [
            "Answered {n} percent of 911 calls within fifteen seconds",
            "Purged and audited more than 4,000 items in the evidence room",
            "Put {n} new patrol vehicles into service",
            "Moved public records requests to an online portal",
        ],
    ),
    "Community Engagement": (
        "Officers and volunteers took part in hundreds of community events, from neighborhood "
        "block parties to the annual youth summer camp.",
        [
            "Held {n} community meetings across all districts",
            "Welcomed the largest Citizens Police Academy class to date",
            "Hosted the first National Night Out celebration in every district",
            "Logged more than {n},000 volunteer hours",
        ],
    ),
    "Professional Standards": (
        "The unit reviewed every use of force and every complaint, and published its findings "
        "in the quarterly accountability report.",
        [
            "Completed all internal investigations within the 90-day standard",
            "Recorded {n} fewer citizen complaints than the year before",
            "Passed the state accreditation on-site assessment",
        ],
    ),
}

STATS = [
    "Calls for service",
    "Officer-initiated activity",
    "Arrests",
    "Traffic collisions",
    "911 calls answered",
    "Reports written",
    "Citations issued",
    "Volunteer hours",
]

CRIMES = [
    "Homicide",
    "Rape",
    "Robbery",
    "Aggravated Assault",
    "Burglary",
    "Larceny-Theft",
    "Motor Vehicle Theft",
    "Arson",
]

GLOSSARY = [
    (
        "Calls for service",
        "Requests for police help received through 911 or the non-emergency line.",
    ),
    ("Clearance rate", "The share of reported crimes solved by arrest or exceptional means."),
    ("Part I crimes", "The serious offenses the FBI's Uniform Crime Reporting program counts."),
    ("CID", "Criminal Investigations Division."),
    ("RTCC", "Real-Time Crime Center."),
    ("FTE", "Full-time equivalent position."),
    ("NIBRS", "The National Incident-Based Reporting System."),
    ("Priority 1", "A call involving an immediate threat to life."),
    ("Sworn staff", "Employees with arrest powers: officers, sergeants and command staff."),
]

ORG = [
    (0, "{chief_title}"),
    (1, "Office of the {chief_title}: Public Information, Professional Standards"),
    (1, "Field Operations Bureau (Deputy Chief)"),
    (2, "Patrol Districts North, South, East"),
    (2, "Traffic Services Unit"),
    (2, "Special Enforcement Team"),
    (1, "Investigations Bureau (Captain)"),
    (2, "Crimes Against Persons"),
    (2, "Property Crimes"),
    (2, "Crime Analysis Unit"),
    (1, "Support Services Bureau (Administrative Manager)"),
    (2, "Communications Center"),
    (2, "Records and Property"),
    (2, "Fleet and Facilities"),
    (2, "Training Unit"),
]


def accomplishments(rng: random.Random, items: list[str]) -> list[str]:
    return [t.replace("{n}", str(rng.randint(3, 40))) for t in items]


def stat_rows(rng: random.Random, year: int) -> list[tuple[str, str, str]]:
    """Label, last year, this year (numbers only: these are not milestones)."""
    out = []
    for label in rng.sample(STATS, 5):
        base = rng.randint(800, 90000)
        out.append((label, f"{base:,}", f"{int(base * rng.uniform(0.85, 1.15)):,}"))
    return out


def crime_rows(rng: random.Random) -> list[list[str]]:
    rows = []
    for crime in CRIMES:
        a = rng.randint(2, 2500)
        b = max(0, int(a * rng.uniform(0.7, 1.3)))
        c = max(0, int(b * rng.uniform(0.7, 1.3)))
        change = f"{(c - b) / b * 100:+.1f}%" if b else "n/a"
        rows.append([crime, f"{a:,}", f"{b:,}", f"{c:,}", change])
    return rows


SECOND = [
    "Staffing remained the division's biggest challenge. Even so, overtime fell for the second "
    "year in a row as new hires finished training and took on solo assignments.",
    "The division also took part in the strategic planning sessions held in the spring, and "
    "several of the goals in Part Two of this report grew out of ideas its members raised.",
    "Supervisors met each month with the crime analysis unit to review trends, and adjusted "
    "assignments when the numbers showed a new pattern emerging.",
    "Looking ahead, the division will focus on training, retention and the technology "
    "projects described later in this report.",
]

AWARDS = [
    "Medal of Valor",
    "Lifesaving Award",
    "Officer of the Year",
    "Professional Staff Member of the Year",
    "Dispatcher of the Year",
    "Volunteer of the Year",
    "Chief's Commendation",
    "Community Service Award",
]

BUDGET = [
    "Personnel",
    "Operations and maintenance",
    "Fleet",
    "Technology",
    "Training",
    "Capital projects",
]


def award_rows(rng: random.Random, person) -> list[tuple[str, str]]:
    return [(award, person(rng)) for award in AWARDS]


def budget_rows(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for line in BUDGET:
        amount = rng.randint(200, 30000) * 1000
        out.append((line, f"${amount:,}", f"{rng.uniform(-6, 9):+.1f}%"))
    return out

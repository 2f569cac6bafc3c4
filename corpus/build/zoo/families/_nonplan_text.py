"""Wording of the non-plan negatives, as producer-neutral elements any renderer can print.

A document is a list of elements (tuples): ``("title", text)``, ``("byline", text)``,
``("h", depth, text)`` with its printed number inside the text ("2.1 Data Sources"),
``("p", text)``, ``("ul", [items])``, ``("ol", [items])`` (numbers added by the renderer),
``("table", caption, rows)``, ``("figure", caption)`` (a grey box and its caption),
``("eq", text)``, ``("fields", [(label, value)])``, ``("refs", [entries])`` and ``("break",)``.

Each generator draws its subject, numbers and names from the document's content seed. The
documents are the kinds a plan parser meets by mistake (papers, manuals, notices, newsletters,
annual reports, grant narratives, syllabi, statistical tables) and several are hard on purpose:
numbered chapter hierarchies, bulleted lists under headings, "objectives", "strategy" and
"goal" in passing, a police department named in the text, years everywhere.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from ..content import MONTHS, Agency, person

Element = tuple
Elements = list[Element]

# --- academic papers ---------------------------------------------------------------------

PAPER_TOPICS = [
    {
        "title": "Call Volume and Response Time in a Mid-Sized Municipal Police Agency: "
        "Evidence from {n} Years of Dispatch Records",
        "field": "criminology",
        "thing": "priority 1 response time",
        "data": "computer-aided dispatch records",
        "model": "negative binomial regression",
        "keywords": "policing; response time; dispatch; workload; panel data",
        "related": [("Workload models", "patrol staffing"), ("Response time", "clearance")],
        "police": True,
    },
    {
        "title": "Sparse Spectral Clustering for Large Road Networks",
        "field": "computer science",
        "thing": "clustering accuracy",
        "data": "open street map extracts",
        "model": "a randomized Lanczos solver",
        "keywords": "spectral clustering; graph partitioning; sparse matrices",
        "related": [("Graph partitioning", "cut quality"), ("Eigensolvers", "convergence")],
        "police": False,
    },
    {
        "title": "Measuring Trust in Local Institutions with Short Survey Instruments",
        "field": "survey methodology",
        "thing": "scale reliability",
        "data": "a mail-to-web household survey",
        "model": "item response theory",
        "keywords": "survey methods; trust; measurement invariance; short forms",
        "related": [("Trust scales", "validity"), ("Short forms", "reliability")],
        "police": True,
    },
    {
        "title": "An Irrigation Scheduling Plan from L-Band Soil Moisture Retrieval",
        "field": "remote sensing",
        "thing": "retrieval error",
        "data": "airborne radiometer transects",
        "model": "a tau-omega emission model",
        "keywords": "soil moisture; microwave radiometry; irrigation; validation",
        "related": [("Emission models", "vegetation optical depth"), ("Validation", "bias")],
        "police": False,
    },
    {
        "title": "Evaluating a Hospital Discharge Plan: Nurse Staffing and Readmission",
        "field": "health services research",
        "thing": "thirty-day readmission",
        "data": "state hospital discharge abstracts",
        "model": "a multilevel logistic model",
        "keywords": "nurse staffing; readmissions; hospital quality; multilevel models",
        "related": [("Staffing studies", "patient outcomes"), ("Readmission", "risk adjustment")],
        "police": False,
    },
]


def paper(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """Title, authors, abstract, keywords, sections 1 .. 6 with 1.1-style subsections,
    an equation, a table, a figure caption, a contributions list and numbered references."""
    t = PAPER_TOPICS[variant % len(PAPER_TOPICS)]
    n = rng.randint(4, 9)
    authors = ", ".join(person(rng) for _ in range(rng.randint(2, 4)))
    uni = f"Department of {t['field'].title()}, University of {ag.city}"
    thing, data, model = t["thing"], t["data"], t["model"]
    site = f"the {ag.name}" if t["police"] else f"a study region near {ag.city}"
    refs = [
        f"[{i}] {person(rng).split()[1]}, {person(rng)[0]}. and {person(rng).split()[1]}, "
        f"{person(rng)[0]}. ({rng.randint(1998, 2023)}). {w} and {x}. "
        f"Journal of {t['field'].title()}, {rng.randint(3, 60)}({rng.randint(1, 6)}), "
        f"{rng.randint(10, 400)}\u2013{rng.randint(401, 800)}."
        for i, (w, x) in enumerate(t["related"] * 3, start=1)
    ]
    (r1, r1x), (r2, r2x) = t["related"]
    beta, se = rng.uniform(0.05, 0.6), rng.uniform(0.01, 0.05)
    rows = [["Model", "Estimate", "Std. error", "N"]] + [
        [f"({i}) {name}", f"{beta * f:.3f}", f"{se * f:.3f}", f"{rng.randint(800, 90000):,}"]
        for i, (name, f) in enumerate(
            [("Baseline", 1.0), ("With controls", 0.8), ("Fixed effects", 0.7)], start=1
        )
    ]
    return [
        ("title", t["title"].format(n=n)),
        ("byline", authors),
        ("byline", uni),
        ("h", 2, "Abstract"),
        (
            "p",
            f"We study {thing} using {data} collected over {n} years at {site}. "
            f"Using {model}, we find that a one standard deviation change in workload is "
            f"associated with a {beta:.2f} change in {thing} (standard error {se:.3f}). "
            "The result is robust to alternative specifications. We discuss implications "
            "for practice and for future research.",
        ),
        ("p", f"Keywords: {t['keywords']}"),
        ("h", 1, "1 Introduction"),
        (
            "p",
            f"Research on {t['field']} has long asked how {thing} responds to demand. "
            f"The objective of this paper is to estimate that relationship with {data}, "
            "which earlier studies could not observe at this resolution.",
        ),
        ("p", "Our contributions are threefold:"),
        (
            "ul",
            [
                f"we assemble a new panel of {data};",
                f"we estimate the effect of workload on {thing} with {model};",
                "we show how the estimate varies across seasons and shifts.",
            ],
        ),
        ("h", 1, "2 Related Work"),
        ("h", 2, f"2.1 {r1}"),
        (
            "p",
            f"A large literature links {r1.lower()} to {r1x} [1, 3]. Most studies use annual data.",
        ),
        ("h", 2, f"2.2 {r2}"),
        ("p", f"Work on {r2.lower()} emphasises {r2x} [2, 4] but rarely models demand directly."),
        ("h", 1, "3 Data and Methods"),
        ("h", 2, "3.1 Data"),
        (
            "p",
            f"The data cover {rng.randint(20, 400):,} thousand observations from "
            f"{rng.randint(2008, 2015)} to {rng.randint(2019, 2023)}. Records with missing "
            "timestamps were removed (less than 2 percent).",
        ),
        ("h", 2, "3.2 Model"),
        ("p", "For unit i in period t we estimate"),
        (
            "eq",
            "y(i,t) = \u03b1 + \u03b2 \u00b7 w(i,t) + \u03b3 \u00b7 x(i,t) + \u03b5(i,t)      (1)",
        ),
        (
            "p",
            "where w is workload, x a vector of controls and \u03b5 an error term. "
            "Standard errors are clustered by unit.",
        ),
        ("h", 2, "3.3 Estimation Strategy"),
        ("p", f"We fit Equation (1) by {model} and compare three specifications."),
        ("h", 1, "4 Results"),
        ("table", f"Table 1. Estimates of \u03b2 for {thing}", rows),
        ("p", "Table 1 reports the estimates. The effect shrinks once controls are added."),
        ("figure", f"Figure 1. Estimated effect on {thing} by month, with 95% intervals."),
        ("h", 2, "4.1 Robustness"),
        ("p", "Dropping the first year or the largest units leaves the estimate unchanged."),
        ("h", 1, "5 Discussion"),
        (
            "p",
            f"The findings suggest that {thing} is sensitive to demand. Agencies and "
            "practitioners may use them when setting priorities, although the design does "
            "not identify a causal effect.",
        ),
        ("h", 2, "5.1 Limitations"),
        ("p", "The data come from one setting and may not generalise."),
        ("h", 1, "6 Conclusion"),
        ("p", f"We estimated the relationship between workload and {thing} with {data}."),
        ("h", 2, "Acknowledgments"),
        ("p", f"We thank {person(rng)} for comments. All errors are ours."),
        ("h", 1, "References"),
        ("refs", refs[:5]),
    ]


# --- software manuals --------------------------------------------------------------------

PRODUCTS = [
    ("CaseTrack RMS", "records management system", "incident report", True),
    ("GridSheet", "spreadsheet application", "workbook", False),
    ("DispatchPoint CAD", "computer-aided dispatch console", "call for service", True),
    ("Lumen Photo", "image editor", "photo", False),
    ("LedgerLite", "accounting package", "invoice", False),
]
TASKS = [
    (
        "Creating a new {obj}",
        [
            "Open the File menu",
            "Choose New {Obj}",
            "Fill in the required fields marked with an asterisk",
            "Click Save",
        ],
    ),
    (
        "Searching for a {obj}",
        [
            "Click the Search icon on the toolbar",
            "Type a name, number or date range",
            "Press Enter to list the matches",
            "Double-click a result to open it",
        ],
    ),
    (
        "Exporting to PDF or CSV",
        [
            "Open the {obj} you want to export",
            "Choose File > Export",
            "Select the format and the destination folder",
            "Click Export",
        ],
    ),
    (
        "Managing user accounts",
        [
            "Sign in as an administrator",
            "Open Settings > Users",
            "Click Add User and enter the user's details",
            "Assign a role and click Save",
        ],
    ),
    (
        "Backing up your data",
        [
            "Close all open windows",
            "Choose Tools > Backup",
            "Select a backup location on a network drive",
            "Click Start and wait for the confirmation",
        ],
    ),
    (
        "Printing a {obj}",
        [
            "Open the {obj}",
            "Choose File > Print",
            "Select a printer and the page range",
            "Click Print",
        ],
    ),
]


def manual(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A user guide: Chapter N / N.M sections, numbered procedures, notes, a shortcut table."""
    name, what, obj, police = PRODUCTS[variant % len(PRODUCTS)]
    version = f"{rng.randint(2, 9)}.{rng.randint(0, 9)}"
    tasks = rng.sample(TASKS, 4)
    user = f"staff of the {ag.name}" if police else "new users"
    out: Elements = [
        ("title", f"{name} {version} User Guide"),
        (
            "byline",
            f"Release {version}.{rng.randint(0, 20)} \u00b7 {rng.choice(MONTHS)} "
            f"{rng.randint(2022, 2025)}",
        ),
        ("h", 1, "Chapter 1 Getting Started"),
        (
            "p",
            f"{name} is a {what}. This guide is written for {user} and explains the "
            "everyday tasks. Administrators should also read Chapter 3.",
        ),
        ("h", 2, "1.1 System Requirements"),
        (
            "ul",
            [
                f"Windows 10 or later, or macOS {rng.randint(11, 14)}",
                f"{rng.choice([4, 8, 16])} GB of memory",
                "A screen resolution of 1280 x 800 or higher",
                "A network connection for updates",
            ],
        ),
        ("h", 2, "1.2 Installing the Software"),
        (
            "ol",
            [
                "Download the installer from the vendor portal",
                "Run the installer and accept the licence agreement",
                "Choose a destination folder",
                "Click Finish and restart the computer when asked",
            ],
        ),
        ("p", "Note: you need administrator rights on the computer to install."),
        ("h", 2, "1.3 The Main Window"),
        (
            "p",
            "The main window has a menu bar, a toolbar, a navigation pane on the left and "
            "a work area. The status bar shows the signed-in user and the server.",
        ),
    ]
    for ch, group in ((2, tasks[:2]), (3, tasks[2:])):
        title = "Everyday Tasks" if ch == 2 else "Administration"
        out.append(("h", 1, f"Chapter {ch} {title}"))
        for sec, (heading, steps) in enumerate(group, start=1):
            fill = [s.format(obj=obj, Obj=obj.title()) for s in steps]
            out.append(("h", 2, f"{ch}.{sec} {heading.format(obj=obj)}"))
            if variant % 4 in (1, 2):  # steps as headings: "Step 1: ..." reads like numbered levels
                for n, step in enumerate(fill, start=1):
                    out.append(("h", 3, f"Step {n}: {step}"))
                    out.append(("p", f"The window shows the result of step {n}."))
            else:
                out.append(("p", "To do this:"))
                out.append(("ol", fill))
        out.append(("p", "Warning: changes cannot be undone after the record is closed."))
    shortcuts = [
        ["Action", "Windows", "macOS"],
        ["Save", "Ctrl+S", "Cmd+S"],
        ["Find", "Ctrl+F", "Cmd+F"],
        ["Print", "Ctrl+P", "Cmd+P"],
        [f"New {obj}", "Ctrl+N", "Cmd+N"],
    ]
    out += [
        ("h", 1, "Chapter 4 Reference"),
        ("h", 2, "4.1 Keyboard Shortcuts"),
        ("table", "Table 4-1. Keyboard shortcuts", shortcuts),
        ("h", 2, "4.2 Troubleshooting"),
        (
            "table",
            "Table 4-2. Common problems",
            [
                ["Problem", "Cause", "Solution"],
                ["Cannot sign in", "Expired password", "Reset it from the sign-in screen"],
                ["Slow searches", "Large date range", "Narrow the search"],
                ["Export fails", "No write access", "Choose another folder"],
            ],
        ),
        ("p", f"For help, contact the service desk at extension {rng.randint(1000, 9999)}."),
    ]
    return out


# --- notices -----------------------------------------------------------------------------

NOTICE_AGENCIES = [
    ("DEPARTMENT OF JUSTICE", "Office of Community Safety Programs", "OCSP"),
    ("DEPARTMENT OF TRANSPORTATION", "Highway Traffic Safety Administration", "HTSA"),
    ("DEPARTMENT OF HOMELAND SECURITY", "Emergency Grants Directorate", "EGD"),
    ("DEPARTMENT OF COMMERCE", "Census Programs Office", "CPO"),
]


def notice(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A federal-register-style notice: agency lines, AGENCY/ACTION/SUMMARY/DATES fields,
    I./II./III. sections with A./B. subsections, numbered questions, a signature."""
    dept, office, abbr = NOTICE_AGENCIES[variant % len(NOTICE_AGENCIES)]
    y = rng.randint(2022, 2025)
    docket = f"{abbr}-{y}-{rng.randint(1000, 9999)}"
    contact = person(rng)
    return [
        ("byline", f"{rng.randint(60, 90)} FR {rng.randint(10000, 90000)}"),
        ("title", dept),
        ("byline", office),
        ("byline", f"[Docket No. {docket}]"),
        ("h", 2, "Agency Information Collection Activities; Proposed Collection; Comment Request"),
        (
            "fields",
            [
                ("AGENCY", f"{office}, {dept.title()}."),
                ("ACTION", "Notice; request for comments."),
                (
                    "SUMMARY",
                    f"The {office} invites comments on a proposed information "
                    "collection from state and local agencies, including municipal police "
                    "departments, about grant-funded equipment.",
                ),
                (
                    "DATES",
                    f"Comments are due on or before {rng.choice(MONTHS)} "
                    f"{rng.randint(1, 28)}, {y}.",
                ),
                ("ADDRESSES", f"Submit comments through the portal, docket {docket}."),
                (
                    "FOR FURTHER INFORMATION CONTACT",
                    f"{contact}, (202) {rng.randint(200, 899)}-{rng.randint(1000, 9999)}.",
                ),
            ],
        ),
        ("h", 2, "SUPPLEMENTARY INFORMATION:"),
        ("h", 2, "I. Background"),
        (
            "p",
            f"Since {y - rng.randint(3, 9)} the {office} has awarded formula grants for "
            "equipment. Recipients report each purchase once a year. The objective of this "
            "collection is to replace the paper form with an online one.",
        ),
        ("h", 2, "II. Summary of the Collection"),
        ("h", 3, "A. Who Must Respond"),
        (
            "p",
            f"About {rng.randint(800, 9000):,} recipients a year, for example the "
            f"{ag.name}, will respond.",
        ),
        ("h", 3, "B. Burden Estimate"),
        (
            "p",
            f"Each response takes about {rng.randint(20, 90)} minutes, for a total of "
            f"{rng.randint(1000, 9000):,} hours a year.",
        ),
        ("h", 2, "III. Request for Comments"),
        ("p", "Comments are invited on:"),
        (
            "ol",
            [
                "whether the collection is necessary for the agency's functions;",
                "the accuracy of the burden estimate;",
                "ways to improve the quality and clarity of the information;",
                "ways to reduce the burden on respondents.",
            ],
        ),
        *(regulation(rng, office) if variant % 4 in (1, 2) else []),
        ("p", f"Dated: {rng.choice(MONTHS)} {rng.randint(1, 28)}, {y}."),
        ("p", f"{person(rng)}, Clearance Officer."),
        (
            "byline",
            f"[FR Doc. {y}\u2013{rng.randint(10000, 29999)} Filed "
            f"{rng.randint(1, 12)}\u2013{rng.randint(1, 28)}\u2013{str(y)[2:]}; 8:45 am]",
        ),
        ("byline", f"BILLING CODE {rng.randint(3000, 9000)}\u2013{rng.randint(10, 99)}\u2013P"),
    ]


def regulation(rng: random.Random, office: str) -> Elements:
    """A proposed rule's regulatory text: section headings over 'shall' sentences."""
    part = rng.randint(20, 90)
    return [
        ("h", 2, f"PART {part}\u2014EQUIPMENT GRANT REPORTING"),
        ("h", 3, f"\u00a7 {part}.1 Purpose."),
        ("p", "This part sets out how recipients report equipment bought with grant funds."),
        ("h", 3, f"\u00a7 {part}.2 Reporting."),
        (
            "p",
            "(a) Each recipient shall submit an equipment report every 12 months. "
            "(b) The report shall list each item, its cost and its location. "
            f"(c) The {office} shall publish a summary of the reports each year.",
        ),
        ("h", 3, f"\u00a7 {part}.3 Records."),
        (
            "p",
            "Recipients shall keep records for three years after the award ends and "
            "shall make them available on request.",
        ),
    ]


# --- newsletters -------------------------------------------------------------------------


def newsletter(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A town newsletter: masthead, short articles, an events list, useful numbers."""
    season = rng.choice(["Spring", "Summer", "Fall", "Winter"])
    y = rng.randint(2022, 2025)
    return [
        ("title", f"The {ag.city} Neighbor"),
        ("byline", f"{season} {y} \u00b7 Volume {rng.randint(3, 30)}, Issue {rng.randint(1, 4)}"),
        ("h", 2, "From the Mayor"),
        (
            "p",
            f"Dear neighbors, it has been a busy {season.lower()}. The new library branch "
            "opened on time, the pool is repaired and the council adopted next year's budget. "
            "Thank you to every volunteer who made the street fair a success.",
        ),
        ("h", 2, "Public Safety Corner"),
        (
            "p",
            f"The {ag.name} reminds residents to lock their cars and keep valuables out of "
            f"sight. Officers will hold a coffee with a cop morning on {rng.choice(MONTHS)} "
            f"{rng.randint(1, 28)}. {ag.chief_title} {ag.chief} will answer questions.",
        ),
        (
            "ul",
            [
                "Lock your car, every time",
                "Report suspicious activity to the non-emergency line",
                "Sign up for emergency alerts on the city website",
            ],
        ),
        ("h", 2, "Upcoming Events"),
        (
            "ul",
            [
                f"{rng.choice(MONTHS)} {rng.randint(1, 28)}: farmers market opens, 8 am",
                f"{rng.choice(MONTHS)} {rng.randint(1, 28)}: shred day at City Hall",
                f"{rng.choice(MONTHS)} {rng.randint(1, 28)}: movie night in the park",
                f"{rng.choice(MONTHS)} {rng.randint(1, 28)}: council budget workshop",
            ],
        ),
        ("h", 2, "Recycling Reminders"),
        (
            "p",
            "Rinse containers, flatten boxes and keep plastic bags out of the blue bin. "
            "Our goal is simple: less waste in the landfill.",
        ),
        ("h", 2, "Useful Numbers"),
        (
            "table",
            None,
            [
                ["Service", "Phone"],
                ["Emergency", "911"],
                ["Police non-emergency", f"(555) {rng.randint(200, 899)}-0100"],
                ["Public works", f"(555) {rng.randint(200, 899)}-0140"],
                ["Library", f"(555) {rng.randint(200, 899)}-0188"],
            ],
        ),
    ]


# --- statistics tables -------------------------------------------------------------------


def statistics(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A statistical abstract section: numbered tables with notes and sources, little prose."""
    sec = rng.randint(3, 12)
    years = list(range(rng.randint(2015, 2019), rng.randint(2015, 2019) + 5))
    emp = [["Agency type", *map(str, years)]]
    for kind, base in (
        ("Municipal police", 4000),
        ("Sheriff's offices", 2500),
        ("State police", 900),
        ("Special jurisdiction", 300),
    ):
        emp.append([kind, *(f"{int(base * rng.uniform(0.95, 1.05)):,}" for _ in years)])
    pop = [["County", "Population", "Change since 2010", "Median age", "Households"]]
    for _ in range(rng.randint(5, 8)):
        pop.append(
            [
                f"{person(rng).split()[1]} County",
                f"{rng.randint(8, 900) * 1000:,}",
                f"{rng.uniform(-6, 14):+.1f}%",
                f"{rng.uniform(31, 48):.1f}",
                f"{rng.randint(3, 300) * 1000:,}",
            ]
        )
    calls = [["Month", "Calls", "Reports", "Arrests"]] + [
        [m, f"{rng.randint(2000, 9000):,}", f"{rng.randint(300, 900):,}", str(rng.randint(80, 300))]
        for m in MONTHS[: rng.randint(4, 7)]
    ]
    return [
        ("title", f"Section {sec}. Population, Law Enforcement and Courts"),
        (
            "p",
            "This section presents statistics on population, law enforcement employment and "
            "workload. Figures are compiled from federal and state sources; see the notes under "
            "each table. Data for the most recent year are preliminary.",
        ),
        (
            "table",
            f"Table {sec}.1. Full-Time Law Enforcement Employees by Agency Type, "
            f"{years[0]}\u2013{years[-1]}",
            emp,
        ),
        ("p", "Note: Employees as of October 31. Source: annual employee census."),
        ("table", f"Table {sec}.2. Resident Population by County", pop),
        ("p", "Source: population estimates program; households from the community survey."),
        ("table", f"Table {sec}.3. Calls for Service, {ag.name}", calls),
        ("p", "Note: Calls include officer-initiated activity. Source: agency dispatch data."),
    ]


# --- annual reports ----------------------------------------------------------------------

ORGANISATIONS = [
    ("{city} Community Credit Union", "members", "loans"),
    ("{city} Regional Food Bank", "neighbors served", "meals"),
    ("{city} Water Utility", "customers", "miles of main replaced"),
    ("{city} Police Foundation", "donors", "grants to the department"),
]


def annual_report(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A corporate or nonprofit annual report: letter, highlights, programs with bullets,
    a strategy paragraph, financial tables and a board list."""
    name, people, output = ORGANISATIONS[variant % len(ORGANISATIONS)]
    org = name.format(city=ag.city)
    y = rng.randint(2021, 2024)
    income = rng.randint(20, 900) * 10_000
    return [
        ("title", f"{org}"),
        ("byline", f"{y} Annual Report"),
        ("h", 1, "Letter from the Chair"),
        (
            "p",
            f"{y} was a year of steady growth for {org}. We served more {people} than ever, "
            "kept costs down and invested in our people. Our strategy is unchanged: do a few "
            "things well and report honestly on them.",
        ),
        ("p", f"{person(rng)}, Chair of the Board"),
        ("h", 1, "The Year in Numbers"),
        (
            "table",
            None,
            [
                ["Measure", str(y - 1), str(y)],
                [
                    people.capitalize(),
                    f"{rng.randint(2, 90) * 1000:,}",
                    f"{rng.randint(2, 90) * 1000:,}",
                ],
                [output.capitalize(), f"{rng.randint(100, 9000):,}", f"{rng.randint(100, 9000):,}"],
                ["Volunteers", str(rng.randint(40, 900)), str(rng.randint(40, 900))],
            ],
        ),
        ("h", 1, "Highlights"),
        ("h", 2, "Service"),
        (
            "ul",
            [
                f"Opened a second location in {ag.city}",
                "Extended weekday hours",
                "Launched an online service portal",
            ],
        ),
        ("h", 2, "People"),
        (
            "ul",
            [
                f"Welcomed {rng.randint(3, 30)} new staff",
                "Completed a pay equity review",
                "Held the first all-staff retreat since 2019",
            ],
        ),
        ("h", 2, "Community"),
        (
            "ul",
            [
                f"Sponsored {rng.randint(5, 40)} local events",
                f"Partnered with the {ag.name} on a holiday toy drive",
                "Published our first impact report",
            ],
        ),
        ("h", 1, "Financial Statements"),
        (
            "table",
            "Statement of Activities (in dollars)",
            [
                ["", str(y - 1), str(y)],
                ["Revenue and support", f"{int(income * 0.93):,}", f"{income:,}"],
                ["Program expenses", f"{int(income * 0.71):,}", f"{int(income * 0.74):,}"],
                ["Administration", f"{int(income * 0.12):,}", f"{int(income * 0.11):,}"],
                ["Change in net assets", f"{int(income * 0.1):,}", f"{int(income * 0.15):,}"],
            ],
        ),
        ("p", "The financial statements were audited by an independent firm."),
        ("h", 1, "Board of Directors"),
        (
            "ul",
            [
                f"{person(rng)}, {role}"
                for role in ("Chair", "Vice Chair", "Treasurer", "Secretary")
            ],
        ),
    ]


# --- grant applications ------------------------------------------------------------------

GRANTS = [
    ("Community Violence Intervention", "violence interruption", "shootings"),
    ("Traffic Safety Equipment", "speed enforcement equipment", "injury crashes"),
    ("Mental Health Co-Responder", "a co-responder pilot", "repeat crisis calls"),
    ("Body-Worn Camera Implementation", "body-worn cameras", "complaint investigation time"),
]


def grant(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A grant application's project narrative: cover-sheet fields, numbered narrative
    sections with 2.1-style subsections, an objectives list, a budget table."""
    program, what, outcome = GRANTS[variant % len(GRANTS)]
    y = rng.randint(2022, 2025)
    amount = rng.randint(10, 90) * 10_000
    return [
        ("title", f"{program} Grant Program"),
        ("byline", "Application for Assistance \u2014 Project Narrative"),
        (
            "fields",
            [
                ("Applicant", ag.name),
                ("Employer ID (EIN)", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"),
                ("Project director", person(rng)),
                ("Amount requested", f"${amount:,}"),
                ("Project period", f"October 1, {y} \u2013 September 30, {y + 2}"),
                ("Solicitation number", f"O-{rng.randint(1000, 9999)}-{y}"),
            ],
        ),
        ("h", 1, "1. Statement of the Problem"),
        (
            "p",
            f"{ag.city} recorded {rng.randint(20, 300)} {outcome} last year, "
            f"{rng.randint(5, 40)} percent more than the five-year average. Existing resources "
            "cannot meet the need.",
        ),
        ("h", 1, "2. Project Design and Implementation"),
        ("h", 2, "2.1 Purpose"),
        (
            "p",
            f"The applicant requests funds for {what}. The project's purpose is to reduce "
            f"{outcome} in the areas that account for most of them.",
        ),
        ("h", 2, "2.2 Objectives"),
        ("p", "By the end of the project period the applicant expects to:"),
        (
            "ul",
            [
                f"reduce {outcome} by {rng.randint(10, 30)} percent in the target area;",
                f"train {rng.randint(10, 80)} staff in the new procedures;",
                "report results to the community twice a year.",
            ],
        ),
        ("h", 2, "2.3 Partners"),
        (
            "p",
            f"The county health department and {rng.randint(2, 5)} community organisations "
            "have signed letters of support (Attachment C).",
        ),
        ("h", 1, "3. Capabilities and Competencies"),
        (
            "p",
            f"The applicant has managed {rng.randint(3, 12)} federal awards since "
            f"{y - rng.randint(6, 12)} without an audit finding.",
        ),
        ("h", 1, "4. Plan for Collecting Performance Data"),
        ("p", "Performance measures will be reported quarterly through the grants portal."),
        ("h", 1, "5. Budget Summary"),
        (
            "table",
            None,
            [
                ["Category", "Federal", "Local match", "Total"],
                [
                    "Personnel",
                    f"${amount // 2:,}",
                    f"${amount // 8:,}",
                    f"${amount // 2 + amount // 8:,}",
                ],
                ["Equipment", f"${amount // 4:,}", "$0", f"${amount // 4:,}"],
                [
                    "Training",
                    f"${amount // 8:,}",
                    f"${amount // 16:,}",
                    f"${amount // 8 + amount // 16:,}",
                ],
                [
                    "Other",
                    f"${amount - amount // 2 - amount // 4 - amount // 8:,}",
                    "$0",
                    f"${amount - amount // 2 - amount // 4 - amount // 8:,}",
                ],
            ],
        ),
        ("p", "Certification: I certify that the information in this application is true."),
        (
            "fields",
            [
                ("Signature of authorized official", "________________________"),
                ("Date", "____________"),
            ],
        ),
    ]


# --- course syllabi ----------------------------------------------------------------------


def syllabus(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A course syllabus: course fields, description, course objectives, grading table,
    weekly schedule table, policies."""
    code = f"{['CRJ', 'SOC', 'STA', 'PAD'][variant % 4]} {rng.randint(100, 499)}"
    title = {
        "CRJ": "Introduction to Criminal Justice",
        "SOC": "Urban Sociology",
        "STA": "Applied Statistics",
        "PAD": "Public Budgeting",
    }[code[:3]]
    term = f"{rng.choice(['Fall', 'Spring'])} {rng.randint(2022, 2025)}"
    topics = [
        "Course overview",
        "Measuring crime",
        "Police and policing",
        "Courts",
        "Corrections",
        "Juvenile justice",
        "Midterm exam",
        "Victims",
        "Reform debates",
        "Final review",
    ]
    return [
        ("title", f"{code}: {title}"),
        ("byline", f"{term} \u2014 Course Syllabus"),
        (
            "fields",
            [
                ("Instructor", f"Dr. {person(rng)}"),
                ("Office hours", "Tue/Thu 2\u20133 pm"),
                ("Classroom", f"Hall {rng.randint(100, 400)}"),
                ("Email", "instructor@university.edu"),
            ],
        ),
        ("h", 1, "Course Description"),
        (
            "p",
            f"This course introduces the field. Guest speakers from the {ag.name} and the "
            "county courts will visit twice during the term.",
        ),
        ("h", 1, "Course Objectives"),
        ("p", "By the end of the course, students will be able to:"),
        (
            "ul",
            [
                "describe the main institutions and how they interact;",
                "read and interpret basic statistics;",
                "write a short evidence-based policy memo.",
            ],
        ),
        ("h", 1, "Grading"),
        (
            "table",
            None,
            [
                ["Component", "Weight"],
                ["Participation", "10%"],
                ["Quizzes", "20%"],
                ["Midterm exam", "30%"],
                ["Final paper", "40%"],
            ],
        ),
        ("h", 1, "Weekly Schedule"),
        (
            "table",
            None,
            [["Week", "Topic", "Reading"]]
            + [[str(i), t, f"Chapter {i}"] for i, t in enumerate(topics[: rng.randint(7, 10)], 1)],
        ),
        ("h", 1, "Policies"),
        ("h", 2, "Attendance"),
        ("p", "Attendance is expected. Two absences are excused without documentation."),
        ("h", 2, "Academic Integrity"),
        ("p", "All work must be your own. Violations are reported to the dean."),
    ]


# --- lecture slides ----------------------------------------------------------------------

LECTURES = [
    (
        "CRJ 210 Introduction to Policing",
        "Patrol and Its Critics",
        [
            "Origins of preventive patrol",
            "The Kansas City experiment",
            "Hot spots research",
            "Community policing",
        ],
    ),
    (
        "STA 120 Elementary Statistics",
        "Hypothesis Testing",
        [
            "Null and alternative hypotheses",
            "Test statistics",
            "P-values and errors",
            "Power and sample size",
        ],
    ),
    (
        "CSC 340 Database Systems",
        "Indexing and Query Processing",
        ["B+ trees", "Hash indexes", "Join algorithms", "Cost-based optimisation"],
    ),
    (
        "BIO 150 Ecology",
        "Population Dynamics",
        ["Exponential growth", "Logistic growth", "Predator-prey cycles", "Field methods"],
    ),
]
POINTS = [
    "Definitions and key terms",
    "What the evidence shows",
    "A worked example",
    "Common misconceptions",
    "How researchers measure it",
    "Open questions",
]

Slide = tuple


def lower(text: str) -> str:
    """A title used inside a sentence: first letter lowered, names kept."""
    return text[0].lower() + text[1:]


def slides(rng: random.Random, ag: Agency, variant: int) -> list[Slide]:
    """A lecture: ("cover", course, lecture, by), ("bullets", title, [(text, level)]) and
    ("table", title, rows) slides; the learning objectives are a bulleted slide."""
    course, topic, parts = LECTURES[variant % len(LECTURES)]
    week = rng.randint(2, 12)
    out: list[Slide] = [
        (
            "cover",
            course,
            f"Lecture {week}: {topic}",
            f"Dr. {person(rng)} \u00b7 University of {ag.city}",
        ),
        ("bullets", "Outline", [(p, 0) for p in parts]),
        (
            "bullets",
            "Learning Objectives",
            [
                (f"Explain {lower(parts[0])}", 0),
                (f"Apply {lower(parts[1])} to an example", 0),
                (f"Evaluate claims about {lower(parts[2])}", 0),
            ],
        ),
    ]
    for p in parts:
        points = rng.sample(POINTS, 3)
        out.append(
            (
                "bullets",
                p,
                [
                    item
                    for pt in points
                    for item in ((pt, 0), (f"see the reading for week {week}", 1))
                ],
            )
        )
    if variant % 3:  # in-class exercises, numbered like a plan's activities
        for n, task in enumerate(("Think-pair-share", "Small-group case study"), start=1):
            out.append(
                (
                    "bullets",
                    f"Activity {n}: {task}",
                    [
                        (f"Discuss {lower(rng.choice(parts))} with a partner", 0),
                        (f"{rng.randint(5, 15)} minutes, then report back", 1),
                    ],
                )
            )
    out.append(
        (
            "table",
            "Key Numbers",
            [["Quantity", "Value", "Source"]]
            + [[f"Example {i}", f"{rng.uniform(1, 99):.1f}", f"Reading {i}"] for i in range(1, 4)],
        )
    )
    guest = f"Guest speaker next week: an officer of the {ag.name}"
    out.append(
        (
            "bullets",
            "Summary",
            [(f"We covered {len(parts)} topics", 0), ("Quiz on Friday", 0), (guest, 0)],
        )
    )
    out.append(
        (
            "bullets",
            "Readings",
            [
                (f"Chapter {week}, pages {rng.randint(10, 300)}\u2013{rng.randint(301, 400)}", 0),
                ("Two articles on the course site", 0),
            ],
        )
    )
    return out


# --- forms -------------------------------------------------------------------------------

FORMS = [
    (
        "Form BT-1",
        "City Business License Tax Return",
        "Finance Department",
        [
            (
                "Part I",
                "Business Information",
                [
                    "Legal name of business",
                    "Trade name (DBA)",
                    "Business address",
                    "Account number",
                ],
            ),
            (
                "Part II",
                "Tax Computation",
                [
                    "Gross receipts for the year",
                    "Deductions (attach schedule)",
                    "Subtract line 6 from line 5",
                    "Tax rate (0.15%) times line 7",
                    "Payments and credits",
                    "Balance due (line 8 minus line 9)",
                ],
            ),
        ],
    ),
    (
        "Form AP-3",
        "Alarm System Permit Application",
        "{police}",
        [
            (
                "Part I",
                "Applicant",
                ["Name of applicant", "Address of alarm site", "Daytime telephone", "Email"],
            ),
            (
                "Part II",
                "Alarm System",
                ["Alarm company", "Company license number", "Type of system", "Date installed"],
            ),
            ("Part III", "Emergency Contacts", ["Contact name", "Telephone"]),
        ],
    ),
    (
        "Form PR-10",
        "Public Records Request",
        "{police}",
        [
            ("Part I", "Requester", ["Name", "Mailing address", "Telephone"]),
            (
                "Part II",
                "Records Requested",
                [
                    "Report or case number",
                    "Date of incident",
                    "Location of incident",
                    "Description of records sought",
                ],
            ),
        ],
    ),
    (
        "Form W-14",
        "Individual Income Tax Amended Return",
        "State Department of Revenue",
        [
            (
                "Part I",
                "Filer",
                ["First name and initial", "Last name", "Social security number", "Home address"],
            ),
            (
                "Part II",
                "Income and Tax",
                [
                    "Wages, salaries, tips",
                    "Taxable interest",
                    "Adjusted gross income",
                    "Tax from table",
                    "Total payments",
                    "Refund or amount owed",
                ],
            ),
        ],
    ),
    (
        "Form V-2",
        "Volunteer Application",
        "{police}",
        [
            (
                "Part I",
                "Personal Information",
                ["Full name", "Date of birth", "Address", "Telephone"],
            ),
            (
                "Part II",
                "Availability and Interests",
                ["Days available", "Hours per week", "Languages spoken"],
            ),
        ],
    ),
]


def form(rng: random.Random, ag: Agency, variant: int) -> dict:
    """A form: number, title, issuer, parts of numbered lines, checkboxes, instructions."""
    number, title, issuer, parts = FORMS[variant % len(FORMS)]
    y = rng.randint(2022, 2025)
    return {
        "number": f"{number} (Rev. {rng.randint(1, 12)}-{y})",
        "title": title,
        "issuer": issuer.format(police=ag.name),
        "parts": parts,
        "checks": ["New", "Renewal", "Amended", "Final"][: rng.randint(2, 4)],
        "instructions": "Print clearly in black ink. Complete every line that applies; "
        "incomplete forms will be returned. See the separate instructions for line-by-line "
        "help.",
        "certify": "Under penalties of perjury, I declare that I have examined this form and "
        "to the best of my knowledge it is true, correct and complete.",
    }


# --- documents that call themselves plans but are not strategic plans --------------------


def titled_plan(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A software test plan, a research data management plan or a lesson plan: 'Plan' in
    the title, a 1 / 1.1 chapter hierarchy, no period, mission or vision."""
    return [data_management_plan, test_plan, lesson_plan][variant % 3](rng, ag)


def test_plan(rng: random.Random, ag: Agency) -> Elements:
    name, _, obj, _ = PRODUCTS[rng.choice([0, 2])]
    version = f"{rng.randint(4, 9)}.{rng.randint(0, 9)}"
    return [
        ("title", f"{name} {version} Software Test Plan"),
        ("byline", f"Document version 1.{rng.randint(0, 9)} \u00b7 Quality Assurance"),
        ("h", 1, "1 Introduction"),
        ("h", 2, "1.1 Purpose"),
        (
            "p",
            f"This document describes how release {version} will be tested before it is "
            f"installed for the {ag.name}.",
        ),
        ("h", 2, "1.2 Scope"),
        (
            "p",
            f"Testing covers the {obj} screens, searches, exports and the interfaces to the "
            "state records system. Hardware is out of scope.",
        ),
        ("h", 1, "2 Test Items"),
        (
            "ul",
            [
                f"{name} client {version}",
                f"{name} server {version}",
                "Database upgrade scripts",
                "Export templates",
            ],
        ),
        ("h", 1, "3 Features to Be Tested"),
        ("h", 2, f"3.1 Creating and editing {obj}s"),
        ("p", "Every required field, validation message and save path is exercised."),
        ("h", 2, "3.2 Searching and exporting"),
        ("p", "Searches by name, number and date range; exports to PDF and CSV."),
        ("h", 1, "4 Approach"),
        (
            "p",
            "Each feature is tested manually from written cases, then by the regression "
            "suite. Defects are logged with a severity from 1 (blocking) to 4 (cosmetic).",
        ),
        ("h", 1, "5 Pass and Fail Criteria"),
        (
            "ul",
            [
                "All severity 1 and 2 defects are fixed and retested",
                f"At least {rng.randint(90, 99)} percent of test cases pass",
                "No open data-conversion defects",
            ],
        ),
        ("h", 1, "6 Environment"),
        (
            "table",
            None,
            [
                ["Component", "Version"],
                ["Operating system", "Windows Server 2022"],
                ["Database", f"SQL {rng.randint(2017, 2022)}"],
                ["Browser", "Current Chrome and Edge"],
            ],
        ),
        ("h", 1, "7 Risks and Contingencies"),
        (
            "ul",
            [
                "Late delivery of the build shortens the test window",
                "Test data may not cover every record type",
            ],
        ),
    ]


def data_management_plan(rng: random.Random, ag: Agency) -> Elements:
    return [
        ("title", "Data Management Plan"),
        ("byline", f"Project: Neighbourhood Change and Calls for Service in {ag.city}"),
        ("byline", f"Principal investigator: Dr. {person(rng)}"),
        ("h", 1, "1 Data Description"),
        ("h", 2, "1.1 Types of Data"),
        (
            "p",
            f"The project uses de-identified dispatch records supplied by the {ag.name}, "
            "census tract estimates and a resident survey.",
        ),
        ("h", 2, "1.2 Volume and Formats"),
        (
            "p",
            f"About {rng.randint(2, 40)} GB of CSV and GeoJSON files; survey responses in "
            "SPSS format.",
        ),
        ("h", 1, "2 Standards and Metadata"),
        ("p", "Variables are documented in a codebook using the DDI standard."),
        ("h", 1, "3 Storage and Backup"),
        ("h", 2, "3.1 During the Project"),
        ("p", "Files are kept on the university's encrypted research storage, backed up nightly."),
        ("h", 2, "3.2 After the Project"),
        (
            "p",
            f"Final data sets are deposited in the university repository for "
            f"{rng.choice([5, 7, 10])} years.",
        ),
        ("h", 1, "4 Access and Sharing"),
        (
            "p",
            "Aggregated tables are public; record-level data are shared under a data use "
            "agreement only.",
        ),
        ("h", 1, "5 Ethics and Privacy"),
        (
            "p",
            "The study was reviewed by the institutional review board. No names or "
            "addresses leave the secure server.",
        ),
        ("h", 1, "6 Responsibilities"),
        (
            "ul",
            [
                f"{person(rng)}: data collection and cleaning",
                f"{person(rng)}: documentation and deposit",
            ],
        ),
    ]


def lesson_plan(rng: random.Random, ag: Agency) -> Elements:
    grade = rng.randint(3, 6)
    return [
        ("title", "Lesson Plan: Fractions on a Number Line"),
        (
            "fields",
            [
                ("Grade", str(grade)),
                ("Duration", f"{rng.choice([45, 50, 60])} minutes"),
                ("Teacher", person(rng)),
                ("School", f"{ag.city} Elementary School"),
            ],
        ),
        ("h", 1, "1 Learning Goals"),
        (
            "ul",
            [
                "Place unit fractions on a number line",
                "Compare two fractions with the same denominator",
            ],
        ),
        ("h", 1, "2 Materials"),
        ("ul", ["Number line strips", "Fraction cards", "Exit ticket worksheet"]),
        ("h", 1, "3 Procedure"),
        ("h", 2, "3.1 Warm-up (10 minutes)"),
        ("p", "Students fold paper strips into halves, fourths and eighths."),
        ("h", 2, "3.2 Direct Instruction (15 minutes)"),
        ("p", "The teacher models placing 1/4 and 3/4 on the board's number line."),
        ("h", 2, "3.3 Group Work (15 minutes)"),
        (
            "ol",
            [
                "Pairs draw a fraction card",
                "They place it on their number line",
                "They explain their placement to another pair",
            ],
        ),
        ("h", 1, "4 Assessment"),
        ("p", "An exit ticket with three fractions to place and one to compare."),
        ("h", 1, "5 Differentiation"),
        ("p", "Students who need support use pre-marked strips; others work with sixths."),
    ]


# --- terms and licences: directive sentences under one heading --------------------------


def terms(rng: random.Random, ag: Agency, variant: int) -> Elements:
    """A website's terms of use or a software licence: one heading over paragraphs of
    'shall' and 'must' sentences, no sections."""
    y = rng.randint(2021, 2025)
    if variant % 2:
        who, what = f"the City of {ag.city}", "this website"
        title = "Website Terms of Use"
    else:
        who, what = f"{rng.choice(PRODUCTS)[0]} Software Inc.", "the Software"
        title = "End User License Agreement"
    subject = who[0].upper() + who[1:]
    return [
        ("title", title),
        ("byline", f"Last updated {rng.choice(MONTHS)} {rng.randint(1, 28)}, {y}"),
        (
            "p",
            f"By using {what} you agree to these terms. If you do not agree, you must not "
            f"use {what}.",
        ),
        (
            "p",
            f"You shall not copy, modify or distribute {what} except as these terms allow. "
            f"You must not attempt to gain unauthorised access to any part of {what}.",
        ),
        (
            "p",
            f"{subject} shall not be liable for any "
            f"loss arising from the use of {what}. Nothing in these terms shall limit liability "
            "that cannot be limited by law.",
        ),
        (
            "p",
            f"Reports of crimes must not be made through {what}; call 911 or the police "
            "non-emergency line instead.",
        ),
        (
            "p",
            f"These terms shall be governed by the laws of the state. {subject} "
            "may change them at any time; the date above shows the latest version.",
        ),
    ]


CONTENT: dict[str, Callable[[random.Random, Agency, int], Any]] = {
    "paper": paper,
    "manual": manual,
    "notice": notice,
    "newsletter": newsletter,
    "statistics": statistics,
    "annual-report": annual_report,
    "grant": grant,
    "syllabus": syllabus,
    "slides": slides,
    "form": form,
    "titled-plan": titled_plan,
    "terms": terms,
}

WHAT = {
    "paper": "an academic paper: abstract, keywords, numbered sections 1 .. 6 with 1.1-style "
    "subsections, an equation, a results table, a figure caption, numbered references",
    "manual": "a software user guide: 'Chapter N' and N.M sections, numbered procedures, "
    "notes and warnings, shortcut and troubleshooting tables",
    "notice": "a federal-register-style notice: agency lines, AGENCY/ACTION/SUMMARY/DATES "
    "fields, I./II./III. sections with A./B. subsections, numbered comment questions",
    "newsletter": "a town newsletter: masthead, short articles under headings, bulleted "
    "reminders and events, a phone-number table; the police department named in passing",
    "statistics": "a statistical abstract section: numbered tables with notes and sources",
    "annual-report": "an organisation's annual report: chair's letter, highlights with "
    "bullets under headings, financial statement table, board list",
    "grant": "a grant application's project narrative: cover-sheet fields (applicant is a "
    "police department or sheriff's office, project period), numbered narrative sections, "
    "an objectives list, a budget table",
    "syllabus": "a course syllabus: course fields, course objectives, grading and weekly "
    "schedule tables, policies",
    "slides": "a lecture slide deck: title slide, outline, learning objectives, bulleted "
    "topic slides with sub-bullets, a table slide, summary and readings",
    "form": "a government form: form number, Part I / Part II with numbered lines and "
    "entry boxes, checkboxes, instructions, signature block, office-use box",
    "titled-plan": "a document that calls itself a plan but is no strategic plan (a software "
    "test plan, a research data management plan, a lesson plan): 'Plan' in the title, a "
    "1 / 1.1 chapter hierarchy, no period, mission or vision",
    "terms": "terms of use or a licence agreement: one heading over paragraphs of 'shall' "
    "and 'must' sentences, no sections",
}

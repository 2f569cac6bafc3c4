"""Fictional plan content: agencies, pillars, goals, activities, leads and milestones.

Wording is paraphrased from the way published police and sheriff strategic plans talk about
patrol, crime, traffic, technology, wellness, recruitment, mental-health response, youth,
transparency and emergency management; every agency, person and place is invented. All
choices come from the caller's seeded ``random.Random``, so a document is reproducible.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .spec import Node, normalise_period

CITY_HEADS = [
    "Cedar",
    "Harrow",
    "Maple",
    "Granite",
    "Willow",
    "Briar",
    "Stone",
    "Fox",
    "Ashford",
    "Elm",
    "Copper",
    "Raven",
    "Juniper",
    "Silver",
    "Oak",
    "Pine",
    "Heron",
    "Marsh",
    "Bramble",
    "Kestrel",
    "Alder",
    "Thistle",
    "Larch",
    "Quarry",
    "Sable",
    "Wren",
    "Bell",
    "Hazel",
    "Iron",
    "Clay",
    "Amber",
    "Glen",
    "Linden",
    "Osprey",
    "Red",
]
CITY_TAILS = [
    " Hollow",
    " Creek",
    " Falls",
    " Ridge",
    "ton",
    "field",
    "port",
    "view",
    "dale",
    " Harbor",
    " Springs",
    " Bluff",
    " Valley",
    " Point",
    "wood",
    "brook",
    " Crossing",
    "haven",
    " Junction",
    "more",
]
FIRST = [
    "Dana",
    "Marcus",
    "Elena",
    "Tobias",
    "Priya",
    "Owen",
    "Rosa",
    "Jamal",
    "Celia",
    "Victor",
    "Naomi",
    "Grant",
    "Imani",
    "Felix",
    "Lorena",
    "Desmond",
    "Hana",
    "Curtis",
    "Mirela",
    "Wesley",
    "Adaeze",
    "Rowan",
    "Teresa",
    "Kofi",
    "Lena",
    "Arturo",
]
LAST = [
    "Whitcombe",
    "Okafor",
    "Lindqvist",
    "Barrera",
    "Castellano",
    "Nakamura",
    "Pruitt",
    "Delacroix",
    "Abernathy",
    "Mbeki",
    "Ferreira",
    "Haldane",
    "Quintero",
    "Sorensen",
    "Valdivia",
    "Ashworth",
    "Kowalczyk",
    "Thibault",
    "Oyelaran",
    "Maddox",
    "Renwick",
]
VALUES = [
    "Integrity",
    "Respect",
    "Service",
    "Accountability",
    "Compassion",
    "Courage",
    "Fairness",
    "Professionalism",
    "Transparency",
    "Excellence",
    "Teamwork",
    "Trust",
    "Dignity",
    "Humility",
    "Stewardship",
    "Innovation",
]
STATUSES = ["Ongoing", "In Progress", "Not Started", "Complete", "On Track", "Planning"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Theme:
    """One subject a plan commits to, with the ways plans word its pillar, goals and actions."""

    pillars: tuple[str, ...]
    goals: tuple[str, ...]
    activities: tuple[tuple[str, str], ...]  # (text, the thing it acts on)
    leads: tuple[str, ...]
    blurb: str


THEMES: dict[str, Theme] = {
    "crime": Theme(
        (
            "Reduce Crime and Victimization",
            "Safe Neighborhoods",
            "Crime Prevention and Reduction",
            "Protect {city}",
            "Public Safety First",
        ),
        (
            "Reduce violent crime through focused deterrence",
            "Lower property crime in high-burglary areas",
            "Remove illegal firearms from our streets",
            "Disrupt organized retail theft",
            "Improve case clearance rates",
            "Target repeat violent offenders",
            "Strengthen problem-oriented policing in every district",
            "Reduce gun violence",
        ),
        (
            (
                "Deploy directed patrols to the {n} micro-locations with the most shootings",
                "directed patrols",
            ),
            (
                "Expand the focused deterrence call-in program with county probation partners",
                "the call-in program",
            ),
            (
                "Assign a crime analyst to each patrol district for weekly hot spot briefings",
                "district crime analysis",
            ),
            (
                "Create a gun violence reduction team that follows up every non-fatal shooting",
                "the gun violence reduction team",
            ),
            (
                "Conduct quarterly burglary prevention workshops with neighborhood associations",
                "burglary prevention workshops",
            ),
            (
                "Use place-based problem solving at the {n} locations with the most repeat calls",
                "place-based problem solving",
            ),
            (
                "Partner with retailers on a shared alert system for organized theft rings",
                "the retail alert system",
            ),
            (
                "Review unsolved aggravated assaults monthly with investigators and analysts",
                "monthly case reviews",
            ),
            (
                "Increase the crime gun tracing rate through the regional intelligence center",
                "crime gun tracing",
            ),
            (
                "Launch a catalytic converter etching event in each district every spring",
                "etching events",
            ),
        ),
        (
            "Patrol Operations Bureau",
            "Investigations Division",
            "Crime Analysis Unit",
            "Special Enforcement Team",
            "Deputy Chief of Operations",
            "CID",
            "PSB Lieutenant",
        ),
        "Safety is the foundation on which every other community goal is built. We will focus our "
        "resources on the people and places that drive violence, and measure what works.",
    ),
    "traffic": Theme(
        ("Traffic Safety", "Safe Streets for Everyone", "Roadway Safety"),
        (
            "Reduce injury collisions on high-injury corridors",
            "Deter impaired and distracted driving",
            "Improve pedestrian and cyclist safety",
            "Educate drivers about speed",
        ),
        (
            (
                "Run monthly high-visibility enforcement on the {n} highest-collision corridors",
                "corridor enforcement",
            ),
            (
                "Hold sobriety checkpoints during holiday weekends with the state highway patrol",
                "sobriety checkpoints",
            ),
            (
                "Share collision data with city engineers to redesign dangerous intersections",
                "the collision data exchange",
            ),
            (
                "Deliver bicycle and pedestrian safety lessons in every elementary school",
                "school safety lessons",
            ),
            (
                "Publish a quarterly traffic safety dashboard with collision trends",
                "the traffic safety dashboard",
            ),
            (
                "Train all patrol officers in advanced roadside impairment detection",
                "impairment detection training",
            ),
        ),
        (
            "Traffic Services Unit",
            "Traffic Sergeant",
            "Motor Unit",
            "Field Operations Captain",
            "TSU",
        ),
        "Every serious collision is preventable. We will combine education, engineering and "
        "enforcement on the corridors where people are hurt most.",
    ),
    "community": Theme(
        (
            "Community Engagement and Trust",
            "Build Community Partnerships",
            "Engage Our Community",
            "Community Connection",
        ),
        (
            "Strengthen relationships with residents",
            "Expand community policing in every beat",
            "Improve communication with diverse communities",
            "Increase volunteer participation",
            "Build trust through shared problem solving",
        ),
        (
            (
                "Host a community meeting in each district at least twice a year",
                "district community meetings",
            ),
            (
                "Expand the Citizens Police Academy to a spring and a fall session",
                "the Citizens Police Academy",
            ),
            (
                "Assign a community liaison officer to each faith and cultural council",
                "community liaison officers",
            ),
            (
                "Translate key public safety materials into the {n} most spoken languages",
                "translated materials",
            ),
            (
                "Survey residents every year on trust, safety and satisfaction",
                "the resident survey",
            ),
            (
                "Grow the volunteer in policing program to {n} active volunteers",
                "the volunteer program",
            ),
            (
                "Hold coffee with a cop events in every neighborhood each quarter",
                "coffee with a cop events",
            ),
        ),
        (
            "Community Engagement Unit",
            "Community Relations Manager",
            "Office of the Chief",
            "Neighborhood Policing Lieutenant",
            "CEU",
        ),
        "Public safety is a shared effort. We will listen first, show up in every neighborhood "
        "and solve problems alongside the people we serve.",
    ),
    "technology": Theme(
        (
            "Technology and Innovation",
            "Advance Technology",
            "Modernize Our Tools",
            "Innovation and Data-Driven Policing",
        ),
        (
            "Open a real-time crime center",
            "Modernize records and dispatch systems",
            "Use data to guide deployment",
            "Expand the drone as first responder program",
            "Strengthen cybersecurity",
        ),
        (
            (
                "Staff the real-time crime center sixteen hours a day, seven days a week",
                "the real-time crime center",
            ),
            (
                "Integrate license plate reader alerts with computer-aided dispatch",
                "license plate reader integration",
            ),
            (
                "Replace the records management system and migrate historical reports",
                "the new records system",
            ),
            (
                "Launch an unmanned aircraft program for calls for service in {n} beats",
                "the unmanned aircraft program",
            ),
            ("Equip every patrol vehicle with in-car video and automatic upload", "in-car video"),
            (
                "Build a public open data portal for calls for service and arrests",
                "the open data portal",
            ),
            (
                "Complete a cybersecurity audit of all department networks",
                "the cybersecurity audit",
            ),
        ),
        (
            "Technology Services Manager",
            "Real-Time Crime Center Supervisor",
            "IT Division",
            "Support Services Bureau",
            "RTCC",
        ),
        "New tools let a small department work smarter. We will invest in technology that "
        "shortens response times and turns data into decisions.",
    ),
    "wellness": Theme(
        (
            "Employee Wellness",
            "Invest in Our People",
            "Health and Resilience",
            "Take Care of Our Team",
        ),
        (
            "Support the physical and mental health of every employee",
            "Expand peer support",
            "Reduce overtime fatigue",
            "Build a culture of resilience",
        ),
        (
            (
                "Expand the peer support team to include civilian staff and dispatchers",
                "the peer support team",
            ),
            (
                "Offer an annual confidential wellness check with a licensed clinician",
                "annual wellness checks",
            ),
            ("Open an on-site fitness room with equipment for every shift", "the fitness room"),
            (
                "Create a chaplain program that responds to critical incidents",
                "the chaplain program",
            ),
            ("Track overtime hours per employee and cap consecutive shifts", "overtime tracking"),
            ("Provide financial and family wellness workshops twice a year", "wellness workshops"),
        ),
        (
            "Wellness Coordinator",
            "Human Resources Manager",
            "Peer Support Team",
            "Administrative Services Captain",
            "Employee Services Unit",
        ),
        "Our people are our greatest asset. Their health, safety and resilience come first, on "
        "and off duty.",
    ),
    "recruitment": Theme(
        (
            "Recruitment and Retention",
            "Workforce Development",
            "Attract and Retain Talent",
            "A Workforce That Reflects Our Community",
        ),
        (
            "Hire officers who reflect the community",
            "Reduce vacancies in sworn and civilian ranks",
            "Improve retention of experienced staff",
            "Create clear career paths",
        ),
        (
            (
                "Attend at least {n} recruiting events each year at colleges and military bases",
                "recruiting events",
            ),
            ("Launch a cadet program for local high school graduates", "the cadet program"),
            ("Shorten the hiring process from application to offer", "the hiring process"),
            ("Offer a lateral hiring incentive for certified officers", "lateral incentives"),
            (
                "Conduct stay interviews with employees at three and five years of service",
                "stay interviews",
            ),
            (
                "Build a mentoring program for every new hire during the first year",
                "the mentoring program",
            ),
        ),
        (
            "Personnel and Training Division",
            "Recruitment Team",
            "Backgrounds Unit",
            "Human Resources Manager",
            "Administrative Services Captain",
        ),
        "We compete for talent with every agency in the region. We will recruit widely, hire "
        "well and give people reasons to build a career here.",
    ),
    "training": Theme(
        ("Training and Professional Development", "Professional Excellence", "Develop Our People"),
        (
            "Exceed state training standards",
            "Develop leaders at every rank",
            "Train for de-escalation and crisis intervention",
        ),
        (
            (
                "Provide scenario-based de-escalation training to every sworn member each year",
                "de-escalation training",
            ),
            ("Certify {n} additional officers in crisis intervention", "crisis intervention"),
            ("Create a supervisor academy for newly promoted sergeants", "the supervisor academy"),
            ("Build an online learning library for roll-call training", "the learning library"),
            ("Send command staff to an executive leadership institute", "executive leadership"),
            (
                "Review the field training program against current best practice",
                "the field training program",
            ),
        ),
        (
            "Training Unit",
            "Training Sergeant",
            "Professional Standards Lieutenant",
            "Training Coordinator",
        ),
        "Training is how our values become habits. We will train often, realistically and with "
        "the community's expectations in mind.",
    ),
    "mental_health": Theme(
        (
            "Mental Health and Crisis Response",
            "Compassionate Crisis Response",
            "Behavioral Health Partnerships",
        ),
        (
            "Pair clinicians with officers on crisis calls",
            "Reduce repeat crisis calls",
            "Divert people in crisis away from jail",
        ),
        (
            (
                "Expand the co-responder program so a clinician is on duty every evening shift",
                "the co-responder program",
            ),
            (
                "Route eligible mental health calls to the county mobile crisis team",
                "mobile crisis routing",
            ),
            ("Create a case review team for frequent crisis callers", "the case review team"),
            (
                "Track crisis call outcomes and share them with health partners",
                "crisis outcome tracking",
            ),
            (
                "Open a sobering and stabilization center referral pathway",
                "the stabilization referral pathway",
            ),
        ),
        (
            "Crisis Response Unit",
            "Behavioral Health Coordinator",
            "Patrol Captain",
            "County Behavioral Health",
            "CRU",
        ),
        "A crisis is not a crime. We will meet people in crisis with the right responder and "
        "connect them to care.",
    ),
    "youth": Theme(
        ("Youth Engagement", "Invest in Young People", "Youth and Schools"),
        (
            "Prevent youth violence",
            "Build positive relationships with young people",
            "Keep schools safe",
        ),
        (
            (
                "Run a summer youth leadership camp with parks and recreation",
                "the youth leadership camp",
            ),
            ("Grow the police explorer post to {n} members", "the explorer post"),
            ("Offer a juvenile diversion program for first-time offenders", "juvenile diversion"),
            (
                "Hold a safety meeting with each school principal before the school year",
                "school safety meetings",
            ),
            ("Mentor at-risk students through a weekly lunch program", "the lunch program"),
        ),
        (
            "Youth Services Unit",
            "School Resource Sergeant",
            "Juvenile Detective",
            "Community Services Manager",
            "YSU",
        ),
        "The relationships we build with young people today shape the city of tomorrow.",
    ),
    "transparency": Theme(
        (
            "Transparency and Accountability",
            "Accountability and Trust",
            "Open and Accountable Policing",
        ),
        (
            "Publish data on police activity",
            "Strengthen internal accountability",
            "Improve how complaints are handled",
        ),
        (
            (
                "Publish use-of-force data on the department website every quarter",
                "use-of-force reporting",
            ),
            (
                "Post body-worn camera video of critical incidents within {n} days",
                "critical incident video release",
            ),
            (
                "Adopt an early intervention system that flags at-risk patterns",
                "the early intervention system",
            ),
            (
                "Report complaint outcomes to the civilian review board each quarter",
                "complaint outcome reports",
            ),
            ("Audit body-worn camera compliance every month", "camera compliance audits"),
            (
                "Seek accreditation from the state law enforcement accreditation commission",
                "accreditation",
            ),
        ),
        (
            "Professional Standards Unit",
            "Internal Affairs Lieutenant",
            "Office of the Chief",
            "Accreditation Manager",
            "PSU",
        ),
        "Trust depends on openness. We will show our work, hold ourselves to account and "
        "explain our decisions.",
    ),
    "emergency": Theme(
        ("Emergency Preparedness", "Ready for Any Emergency", "Emergency Management"),
        (
            "Prepare the department for major emergencies",
            "Improve regional coordination",
            "Help residents prepare",
        ),
        (
            (
                "Update the emergency operations plan and test it with a tabletop exercise",
                "the emergency operations plan",
            ),
            ("Train every supervisor in the incident command system", "incident command training"),
            (
                "Run a full-scale active threat exercise with fire and schools",
                "the active threat exercise",
            ),
            ("Sign mutual aid agreements with {n} neighboring agencies", "mutual aid agreements"),
            ("Teach community emergency response team classes twice a year", "CERT classes"),
        ),
        (
            "Emergency Management Coordinator",
            "Special Operations Lieutenant",
            "Office of Emergency Services",
            "OES",
        ),
        "Disasters do not wait. We will plan, train and exercise with our partners so the city "
        "is ready when it matters.",
    ),
    "homelessness": Theme(
        ("Homelessness Response", "Quality of Life", "Clean and Safe Public Spaces"),
        ("Connect unhoused residents with services", "Address quality-of-life concerns"),
        (
            (
                "Expand the homeless outreach team with a housing navigator",
                "the homeless outreach team",
            ),
            ("Coordinate encampment outreach with county social services", "encampment outreach"),
            (
                "Track referrals to shelter and treatment for every outreach contact",
                "referral tracking",
            ),
            (
                "Hold monthly quality-of-life meetings with business districts",
                "quality-of-life meetings",
            ),
        ),
        ("Homeless Outreach Team", "Neighborhood Services Sergeant", "HOT"),
        "Homelessness is a community challenge that enforcement alone cannot solve.",
    ),
    "organization": Theme(
        (
            "Organizational Excellence",
            "Operational Efficiency",
            "Stewardship of Resources",
            "Strong Organization",
        ),
        (
            "Use resources wisely",
            "Improve response times",
            "Plan for future facilities",
            "Strengthen internal communication",
        ),
        (
            ("Complete a patrol staffing study and rebalance beats", "the staffing study"),
            ("Replace aging fleet vehicles on a five-year cycle", "fleet replacement"),
            (
                "Design a new public safety headquarters with community input",
                "the headquarters design",
            ),
            ("Send a monthly internal newsletter from the chief", "the internal newsletter"),
            ("Review every policy against the state model policy manual", "the policy review"),
            ("Apply for grant funding to support priority projects", "grant applications"),
        ),
        (
            "Administrative Services Division",
            "Fiscal Manager",
            "Deputy Chief of Administration",
            "Planning and Research Unit",
            "ASD",
        ),
        "We owe the public a department that is well run, spends carefully and plans ahead.",
    ),
    "victims": Theme(
        ("Victim Services", "Support Victims and Survivors"),
        ("Improve support for victims of crime", "Respond to domestic violence"),
        (
            ("Assign a victim advocate to every domestic violence case", "victim advocates"),
            ("Open a family justice center with county partners", "the family justice center"),
            (
                "Send a follow-up letter with resources to every victim within {n} days",
                "victim follow-up letters",
            ),
            ("Clear the backlog of sexual assault evidence kits", "the evidence kit backlog"),
        ),
        ("Victim Services Coordinator", "Special Victims Unit", "Investigations Captain", "SVU"),
        "Victims deserve to be heard, informed and supported from the first call onward.",
    ),
}


@dataclass(frozen=True)
class Perspective:
    """A balanced-scorecard perspective: the ways plans word it, the zoo theme its label is
    about, and the themes whose goals and actions fill it."""

    wordings: tuple[str, ...]
    theme: str
    goal_themes: tuple[str, ...]
    code: str  # objective code prefix: "C" for C1, C2...


PERSPECTIVES: dict[str, Perspective] = {
    "community": Perspective(
        ("Community", "Community Perspective", "Residents and Partners", "Serving the Public"),
        "community",
        ("community", "transparency", "youth"),
        "C",
    ),
    "safety": Perspective(
        ("Public Safety Results", "Safety Outcomes", "Crime and Safety"),
        "crime",
        ("crime", "traffic", "victims"),
        "S",
    ),
    "process": Perspective(
        ("Internal Processes", "Internal Process Perspective", "How We Work", "Operations"),
        "organization",
        ("technology", "mental_health", "emergency"),
        "IP",
    ),
    "learning": Perspective(
        ("Learning & Growth", "Learning and Growth", "People and Capacity", "Our Workforce"),
        "training",
        ("training", "wellness", "recruitment"),
        "LG",
    ),
    "resources": Perspective(
        ("Resources", "Financial Stewardship", "Fiscal Perspective", "Resource Management"),
        "organization",
        ("organization",),
        "R",
    ),
}
"""Balanced-scorecard perspectives (pillar titles of the balanced-scorecard family), top of
the strategy map first."""


# Units an action plan's responsibility matrix names, one column each: (name, abbreviation).
UNITS = (
    ("Patrol", "PATROL"),
    ("Investigations", "CID"),
    ("Support Services", "SSB"),
    ("Community Affairs", "CAU"),
    ("Training", "TRNG"),
    ("Traffic", "TSU"),
    ("Crime Analysis", "CRAN"),
    ("Professional Standards", "PSU"),
    ("Records", "REC"),
    ("Youth Services", "YSU"),
    ("Communications", "COMM"),
    ("Special Operations", "SOD"),
)


def make_units(rng: random.Random, k: int, abbreviated: bool) -> list[str]:
    """The units a responsibility matrix prints as columns, by name or abbreviation."""
    return [pair[1] if abbreviated else pair[0] for pair in rng.sample(UNITS, k)]


SCHEMES = {
    "fiscal": lambda y, rng: f"FY{str(y)[2:]}" if rng.random() < 0.5 else f"FY{y}",
    "quarter": lambda y, rng: f"Q{rng.randint(1, 4)} {y}",
    "month": lambda y, rng: f"{rng.choice(MONTHS)} {y}",
    "year": lambda y, rng: str(y),
    "span": lambda y, rng: f"{y} \u2013 {y + 1}",
}


@dataclass
class Agency:
    """A fictional department: names, its city and its leaders."""

    name: str
    short: str
    city: str
    chief: str
    chief_title: str


@dataclass
class Shape:
    """How big and how deep a plan is, and which fields it prints."""

    pillars: tuple[int, int] = (3, 5)
    goals: tuple[int, int] = (2, 4)
    activities: tuple[int, int] = (2, 4)
    goal_leads: float = 0.0  # probability that a goal names its lead(s)
    activity_leads: float = 0.0
    milestones: str = "none"  # "none" | "timeline" (one per activity) | "phased" (per period)
    phases: list[str] = field(default_factory=list)  # period columns for "phased"
    phase_fill: float = 0.8  # probability that a phase cell is filled
    timeline_schemes: tuple[str, ...] = ("fiscal", "quarter", "month", "year", "span")
    ongoing: float = 0.1  # share of timelines that are "Ongoing" / "Annually"
    goal_status: bool = False
    goal_updated: bool = False
    pillar_descriptions: bool = True
    goal_descriptions: bool = False
    front_matter: bool = True


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_agency(rng: random.Random, sheriff: bool | None = None) -> Agency:
    """A fictional police department or sheriff's office."""
    city = rng.choice(CITY_HEADS) + rng.choice(CITY_TAILS)
    if sheriff is None:
        sheriff = rng.random() < 0.25
    if sheriff:
        return Agency(
            f"{city} County Sheriff's Office", "Sheriff's Office", city, person(rng), "Sheriff"
        )
    return Agency(f"{city} Police Department", f"{city} PD", city, person(rng), "Chief of Police")


def fill(text: str, rng: random.Random, agency: Agency) -> str:
    return text.replace("{city}", agency.city).replace(
        "{n}", str(rng.choice([3, 4, 5, 6, 8, 10, 12, 20]))
    )


def pick_themes(rng: random.Random, n: int) -> list[str]:
    core = ["crime", "community", "technology", "wellness", "recruitment"]
    rest = [t for t in THEMES if t not in core]
    rng.shuffle(core)
    rng.shuffle(rest)
    order = core[:3] + rest + core[3:]
    return order[:n] if n <= len(order) else (order * 2)[:n]


def lead_list(rng: random.Random, theme: Theme, k: int) -> list[str]:
    return rng.sample(list(theme.leads), min(k, len(theme.leads)))


def timeline(rng: random.Random, start: int, end: int, shape: Shape) -> tuple[str, str | None]:
    """A printed target date and its normalised period."""
    if rng.random() < shape.ongoing:
        text = rng.choice(["Ongoing", "Annually", "Quarterly"])
        return text, None
    year = rng.randint(start, end)
    text = SCHEMES[rng.choice(shape.timeline_schemes)](year, rng)
    return text, normalise_period(text)


PHASE_STEPS = (
    "Assess current practice and set a baseline for {obj}",
    "Draft a written plan for {obj} with partner input",
    "Pilot {obj} in one district",
    "Expand {obj} department-wide",
    "Evaluate {obj} and report results to the city council",
    "Secure ongoing funding for {obj}",
    "Train all affected staff on {obj}",
    "Publish an annual progress report on {obj}",
)


def phased(rng: random.Random, obj: str, lead: str | None, shape: Shape) -> list[Node]:
    """One milestone per filled period column, in order (at least one)."""
    steps = list(PHASE_STEPS)
    rng.shuffle(steps)
    out = []
    for i, period in enumerate(shape.phases):
        if rng.random() < shape.phase_fill or (not out and i == len(shape.phases) - 1):
            text = steps[i % len(steps)].replace("{obj}", obj) + "."
            out.append(
                {"period": normalise_period(period), "text": text, "lead": lead, "_column": period}
            )
    return out


def make_activity(
    rng: random.Random,
    theme: Theme,
    used: set[str],
    agency: Agency,
    shape: Shape,
    start: int,
    end: int,
    goal_leads: list[str],
) -> Node:
    choices = (
        [a for a in theme.activities if a[0] not in used]
        or [a for t in THEMES.values() for a in t.activities if a[0] not in used]
        or list(theme.activities)
    )
    text, obj = rng.choice(choices)
    used.add(text)
    leads = (
        lead_list(rng, theme, 1 if rng.random() < 0.8 else 2)
        if rng.random() < shape.activity_leads
        else []
    )
    lead = leads[0] if leads else None
    node: Node = {
        "number": None,
        "text": fill(text, rng, agency) + ".",
        "leads": leads,
        "milestones": [],
    }
    if shape.milestones == "timeline":
        printed, period = timeline(rng, start, end, shape)
        node["milestones"] = [{"period": period, "text": printed, "lead": lead}]
    elif shape.milestones == "phased":
        node["milestones"] = phased(rng, obj, lead, shape)
    node["_obj"] = obj
    return node


def make_plan(
    rng: random.Random, shape: Shape, agency: Agency | None = None, start: int | None = None
) -> tuple[Node, Agency]:
    """A gold-shaped strategic plan (with ``_`` extras) for a fictional agency."""
    agency = agency or make_agency(rng)
    start = start or rng.randint(2024, 2027)
    end = start + rng.choice([2, 3, 4, 5])
    n_pillars = rng.randint(*shape.pillars)
    plan: Node = {
        "kind": "strategic_plan",
        "agency": agency.name,
        "title": f"{start}-{end} Strategic Plan"
        if rng.random() < 0.6
        else f"Strategic Plan {start}\u2013{end}",
        "period": {"start": start, "end": end},
        "mission": None,
        "vision": None,
        "values": [],
        "pillars": [],
    }
    if shape.front_matter:
        plan["mission"] = (
            f"The {agency.name} protects life and property, reduces crime and "
            f"the fear of crime, and works with the people of {agency.city} to "
            "build safe and welcoming neighborhoods."
        )
        plan["vision"] = rng.choice(
            [
                f"A safe {agency.city} where every resident trusts and partners with the police.",
                "To be the most trusted and professional law enforcement agency in the region.",
                "A community where everyone feels safe, heard and respected.",
            ]
        )
        plan["values"] = rng.sample(VALUES, rng.randint(3, 6))
    used_acts: set[str] = set()
    for key in pick_themes(rng, n_pillars):
        theme = THEMES[key]
        pillar: Node = {
            "number": None,
            "title": fill(rng.choice(theme.pillars), rng, agency),
            "description": theme.blurb if shape.pillar_descriptions else None,
            "goals": [],
            "_theme": key,
        }
        used_goals: set[str] = set()
        for _ in range(min(rng.randint(*shape.goals), len(theme.goals))):  # no repeated title
            title = rng.choice([g for g in theme.goals if g not in used_goals])
            used_goals.add(title)
            leads = (
                lead_list(rng, theme, rng.choice([1, 1, 2]))
                if rng.random() < shape.goal_leads
                else []
            )
            goal: Node = {
                "number": None,
                "title": title,
                "description": (
                    f"This goal commits the department to measurable progress by {end}."
                    if shape.goal_descriptions
                    else None
                ),
                "leads": leads,
                "status": rng.choice(STATUSES) if shape.goal_status else None,
                "updated": f"{rng.choice(MONTHS)} {start}" if shape.goal_updated else None,
                "activities": [],
            }
            for _ in range(rng.randint(*shape.activities)):
                goal["activities"].append(
                    make_activity(rng, theme, used_acts, agency, shape, start, end, leads)
                )
            pillar["goals"].append(goal)
        plan["pillars"].append(pillar)
    return plan, agency


def number_levels(plan: Node, schemes: tuple[str, ...]) -> None:
    """Set printed numbers per level: 'arabic', 'dotted' (1.2), 'upper', 'lower', 'roman',
    'none'. One scheme per level: pillars, goals, activities."""
    for pi, pillar in enumerate(plan["pillars"], 1):
        pillar["number"] = enumerate_as(schemes[0], pi, ())
        for gi, goal in enumerate(pillar["goals"], 1):
            goal["number"] = enumerate_as(schemes[1], gi, (pi,))
            for ai, act in enumerate(goal["activities"], 1):
                if len(schemes) > 2:
                    act["number"] = enumerate_as(schemes[2], ai, (pi, gi))


def roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def enumerate_as(scheme: str, n: int, parents: tuple[int, ...]) -> str | None:
    if scheme == "none":
        return None
    if scheme == "arabic":
        return str(n)
    if scheme == "dotted":
        return ".".join(str(p) for p in (*parents, n))
    if scheme == "upper":
        return chr(64 + n)
    if scheme == "lower":
        return chr(96 + n)
    if scheme == "roman":
        return roman(n)
    if scheme == "letter-dotted":  # A.1, A.1.1 with the pillar as a letter
        return (
            ".".join([chr(64 + parents[0])] + [str(p) for p in parents[1:]] + [str(n)])
            if parents
            else chr(64 + n)
        )
    raise ValueError(scheme)

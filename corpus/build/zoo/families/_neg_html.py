"""Chromium renderers of the web negatives: news release, job posting, printed web page.

Each page is plain HTML/CSS with the document's drawn font and accent colour; numbers, names
and dates come from the document's content seed so two documents never read the same.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

from ..content import MONTHS, person
from ..producers import chromium_pdf
from ..spec import Doc


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def page(st: dict, body: str, extra_css: str = "") -> str:
    """A complete HTML page with the document's font, size and accent."""
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: 8.5in 11in; margin: 0.7in; }}
body {{ font-family: '{st["font"]}'; font-size: {st["size"]}pt; color: #222; line-height: 1.4; }}
h1, h2, h3 {{ color: {st["accent"]}; margin: 0.6em 0 0.3em; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #999; padding: 3px 6px; text-align: left; }}
th {{ background: {st["accent"]}; color: white; }}
{extra_css}
</style></head><body>{body}</body></html>"""


def ul(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


def ol(items: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ol>"


def render_news_release(doc: Doc, out: Path) -> None:
    """A one-page release about an operation, its numbers and the plan goal it serves."""
    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    y = st["year"]
    arrests, guns, days = rng.randint(8, 40), rng.randint(5, 30), rng.choice([30, 45, 60, 90])
    drop = rng.randint(8, 31)
    pio = person(rng)
    body = f"""
<div style="border-bottom:4px solid {st["accent"]};padding-bottom:6px;display:flex;
justify-content:space-between"><div><div style="width:60px;height:60px;border-radius:30px;
background:{st["accent"]};display:inline-block"></div>
<span style="font-size:20pt;font-weight:bold;margin-left:10px">{esc(ag.name)}</span></div>
<div style="text-align:right;font-size:9pt">Office of Public Information<br>{esc(pio)}<br>
(555) {rng.randint(200, 899)}-{rng.randint(1000, 9999)}</div></div>
<p style="font-weight:bold;letter-spacing:2px">NEWS RELEASE &nbsp;|&nbsp; FOR IMMEDIATE RELEASE
</p><p>{rng.choice(MONTHS)} {rng.randint(1, 28)}, {y}</p>
<h1>{esc(ag.city)} Operation Nets {arrests} Arrests, {guns} Illegal Firearms</h1>
<p><b>{esc(ag.city.upper())}</b> &mdash; A {days}-day focused enforcement operation led by the
department's Special Enforcement Team ended this week with {arrests} arrests and the recovery
of {guns} illegally possessed firearms, {esc(ag.chief_title)} {esc(ag.chief)} announced
today.</p>
<p>The operation concentrated patrols on the small number of blocks that account for most
shootings in the city. Its objective was simple: fewer people hurt. Since the operation
began, reported shootings in the targeted areas fell {drop} percent compared with the same
period last year.</p>
<h3>By the numbers</h3>
{
        ul(
            [
                f"{arrests} arrests, including {rng.randint(2, 7)} on outstanding warrants for violent "
                "offenses",
                f"{guns} firearms recovered, {rng.randint(1, 4)} of them reported stolen",
                f"{rng.randint(40, 140)} community contacts and door-to-door visits by officers",
                f"{rng.randint(3, 9)} referrals to the county violence interruption program",
            ]
        )
    }
<p>&ldquo;This is what focused, intelligence-led policing looks like,&rdquo; said
{esc(ag.chief)}. &ldquo;Reducing gun violence is a goal we share with every neighborhood, and
we will keep working with our partners until every block feels safe.&rdquo;</p>
<p>Residents with information about gun crime can call the tip line or submit an anonymous
tip online. Tipsters may be eligible for a reward of up to $1,000.</p>
<p style="font-size:9pt;color:#555;border-top:1px solid #ccc;padding-top:6px">About the
{esc(ag.name)}: the department serves a population of about {rng.randint(40, 240)},000
residents with {rng.randint(60, 400)} sworn officers. Reducing violent crime and building
community trust are two of the priorities in the department's current strategic plan,
available on the city website.</p><p style="text-align:center">###</p>"""
    chromium_pdf(page(st, body), out)


def render_job_posting(doc: Doc, out: Path) -> None:
    """A city job bulletin for an entry-level police officer."""
    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    low = rng.randint(62, 78) * 1000
    rows = [
        ("Step A (Academy)", low),
        ("Step B", int(low * 1.05)),
        ("Step C", int(low * 1.1)),
        ("Step D", int(low * 1.16)),
        ("Step E", int(low * 1.22)),
    ]
    salary = "".join(
        f"<tr><td>{s}</td><td>${v:,}</td><td>${v / 2080:,.2f}</td></tr>" for s, v in rows
    )
    title = "Deputy Sheriff Trainee" if "Sheriff" in ag.name else "Police Officer (Entry Level)"
    body = f"""
<div style="background:{st["accent"]};color:white;padding:10px 14px">
<div style="font-size:9pt">CITY OF {esc(ag.city.upper())} &middot; HUMAN RESOURCES &middot;
JOB BULLETIN</div><div style="font-size:22pt;font-weight:bold">{title}</div>
<div>{esc(ag.name)} &middot; Recruitment #{rng.randint(2024, 2025)}-{rng.randint(10, 99)}
&middot; Open until filled</div></div>
<h2>The Position</h2><p>The {esc(ag.name)} is hiring officers who want to make a difference.
Our goal is to build a department that reflects the community it serves. Officers work
rotating twelve-hour shifts and are assigned to patrol after completing the academy and the
field training program.</p>
<h2>Salary</h2><table><tr><th>Step</th><th>Annual</th><th>Hourly</th></tr>{salary}</table>
<p style="font-size:9pt">Plus a ${rng.choice([5, 7, 10])},000 hiring incentive, education pay
and bilingual pay.</p>
<h2>Essential Duties</h2>{
        ul(
            [
                "Patrol an assigned area by vehicle, bicycle or on foot to prevent and detect crime;",
                "Respond to calls for service, emergencies and traffic collisions;",
                "Conduct preliminary investigations, interview victims and witnesses, and collect "
                "evidence;",
                "Write clear, accurate reports and testify in court;",
                "Build relationships with residents, businesses and community groups;",
                "Perform related duties as assigned.",
            ]
        )
    }
<h2>Minimum Qualifications</h2>{
        ol(
            [
                "At least 21 years of age at the time of appointment;",
                "High school diploma or GED; college coursework desirable;",
                "Valid driver's license and a satisfactory driving record;",
                "No felony convictions; and",
                "Ability to pass a written test, physical agility test, background investigation, "
                "polygraph, and psychological and medical examinations.",
            ]
        )
    }
<h2>Selection Process</h2>{
        ol(
            [
                "Online application and written examination",
                "Physical agility test",
                "Oral board interview",
                "Background investigation",
                "Chief's interview",
                "Conditional offer, psychological and medical evaluation",
            ]
        )
    }
<h2>Benefits</h2><p>Medical, dental and vision insurance; state retirement system; tuition
reimbursement; paid academy; take-home vehicle program after probation.</p>
<p style="font-size:9pt;color:#555">The City of {esc(ag.city)} is an equal opportunity
employer. Questions: recruiting@{esc(ag.city.lower().replace(" ", ""))}.example.gov</p>"""
    chromium_pdf(page(st, body), out)


WEB_CSS = """
.nav {{ background: {a}; color: white; padding: 6px 10px; font-size: 9pt; }}
.nav span {{ margin-right: 16px; }}
.crumb {{ font-size: 8pt; color: #666; margin: 6px 0; }}
.wrap {{ display: flex; gap: 18px; }} .side {{ width: 28%; font-size: 9pt; }}
.side div {{ border-bottom: 1px solid #ddd; padding: 4px 0; color: {a}; }}
.main {{ width: 72%; }} .card {{ border: 1px solid #ccc; padding: 6px 10px; margin: 8px 0; }}
.foot {{ margin-top: 20px; border-top: 2px solid {a}; font-size: 8pt; color: #555; }}
"""


def render_web_page(doc: Doc, out: Path) -> None:
    """A Patrol Division page as printed from the browser, menus and footer included."""
    st, ag = doc.extras["style"], doc.extras["agency"]
    rng = random.Random(st["content"])
    host = f"www.{ag.city.lower().replace(' ', '')}pd.example.gov"
    units = [
        (
            "Patrol Teams",
            [
                "Four patrol teams cover the city around the clock",
                f"{rng.randint(8, 16)} beats in {rng.randint(2, 4)} districts",
                "Supervised by a lieutenant on every watch",
            ],
        ),
        (
            "Traffic Unit",
            [
                "Collision investigation and DUI enforcement",
                "Speed trailer requests",
                "School zone safety",
            ],
        ),
        (
            "K-9 Unit",
            [
                f"{rng.randint(2, 5)} handler and dog teams",
                "Demonstrations for schools and community groups",
            ],
        ),
        (
            "Community Resource Officers",
            [
                "Neighborhood Watch support",
                "Problem-solving projects with residents",
                "Business security surveys",
            ],
        ),
    ]
    cards = "".join(f"<div class='card'><h3>{esc(n)}</h3>{ul(items)}</div>" for n, items in units)
    side = "".join(
        f"<div>{esc(x)}</div>"
        for x in [
            "File a Police Report",
            "Crime Map",
            "Request a Records Copy",
            "Alarm Permits",
            "Join Our Team",
            "Annual Reports",
            "Strategic Plan",
            "Policies & Procedures",
            "Transparency Portal",
            "Contact Us",
        ]
    )
    body = f"""
<div style="font-size:8pt;color:#777">{host}/departments/police/patrol &nbsp;&nbsp;
{rng.choice(MONTHS)} {rng.randint(1, 28)}, {st["year"]}</div>
<div style="font-size:18pt;font-weight:bold;margin:6px 0">{esc(ag.name)}</div>
<div class="nav"><span>Home</span><span>About Us</span><span>Divisions</span>
<span>Services</span><span>Community</span><span>Join Us</span><span>Transparency</span>
<span>Contact</span></div>
<div class="crumb">Home &rsaquo; Departments &rsaquo; Police &rsaquo; Divisions &rsaquo;
Patrol Division</div>
<div class="wrap"><div class="side"><b>Quick Links</b>{side}</div><div class="main">
<h1>Patrol Division</h1><p>The Patrol Division is the largest division of the department
and the one residents see most. Patrol officers answer about {rng.randint(40, 120)},000 calls
for service each year and are usually the first to arrive when someone needs help.</p>
<p>Our objectives for patrol are to respond quickly to emergencies, to know the neighborhoods
we serve, and to solve recurring problems with residents rather than simply answering the
same call again. Division priorities follow the department's strategic plan.</p>
{cards}
<h2>Contact the Patrol Division</h2><p>Watch Commander: (555) {rng.randint(200, 899)}-0100
(24 hours)<br>Division Commander: Captain {esc(person(rng))}</p></div></div>
<div class="foot">{esc(ag.name)} &middot; {rng.randint(100, 999)} Civic Center Drive,
{esc(ag.city)} &middot; Emergency 911 &middot; Non-emergency (555) 555-0199<br>
Accessibility &middot; Privacy Policy &middot; Site Map &middot; Employee Login &middot;
&copy; {st["year"]} City of {esc(ag.city)}</div>"""
    chromium_pdf(page(st, body, WEB_CSS.format(a=st["accent"])), out)
